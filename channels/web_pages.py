"""The web pages the assistant serves itself: the widget and its demo page, the kiosk, and shared plans.

Registered as a Rasa input channel (`channels.web_pages.PagesInput` in credentials.yml) so the Rasa server serves
them; nothing is loaded from a CDN. Routes: /web/... (static files), /web/vendor/socket.io.min.js,
/web/config.json, /plan/<token> and /plan/<token>/qr.svg.
"""

from __future__ import annotations

import html
import io
import json
import os
from typing import Any, Awaitable, Callable, Optional

import segno
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request

from channels.channel_name import NamedChannel
from knowledge.paths import ROOT
from stores.plan_links import plan_links_store, public_base_url

STATIC = ROOT / "web" / "static"
VENDOR = {"socket.io.min.js": ROOT / "web" / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"}
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def kiosk_idle_seconds(environ=os.environ) -> int:
    return max(10, int(environ.get("KIOSK_IDLE_SECONDS", "120")))


class PagesBlueprint(Blueprint):
    """Adds its routes at the root of the app, not under /webhooks/pages."""

    def __init__(self, *args, routes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.ctx.root_routes = routes

    def register(self, app, options) -> None:
        for handler, uri in self.ctx.root_routes:
            app.add_route(handler, uri, methods=["GET"], name=f"pages_{handler.__name__}")
        app.static("/web", str(STATIC), name="pages_static")
        super().register(app, options)


class PagesInput(NamedChannel, InputChannel):
    channel_name = "pages"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def vendor(request: Request, name: str):
            if name not in VENDOR or not VENDOR[name].is_file():
                return response.text("not found", status=404)
            return await response.file(str(VENDOR[name]), headers={"Cache-Control": "max-age=3600"})

        async def config(request: Request):
            return response.json({"kiosk_idle_seconds": kiosk_idle_seconds()}, headers=SECURITY_HEADERS)

        async def plan_page(request: Request, token: str):
            plan = self._plan(token)
            if plan is None:
                return response.html(
                    _page(
                        "Plan not found",
                        "<p>This plan link has expired or does not exist. "
                        "Plans are kept only for a short time, for your privacy.</p>",
                    ),
                    status=404,
                    headers=SECURITY_HEADERS,
                )
            return response.html(render_plan(plan), headers=SECURITY_HEADERS)

        async def plan_qr(request: Request, token: str):
            if self._plan(token) is None:
                return response.text("not found", status=404, headers=SECURITY_HEADERS)
            svg = io.BytesIO()
            segno.make(f"{public_base_url()}/plan/{token}", error="m").save(
                svg, kind="svg", scale=8, border=2, title="QR code of your plan link"
            )
            return response.raw(svg.getvalue(), content_type="image/svg+xml", headers=SECURITY_HEADERS)

        routes = (
            (vendor, "/web/vendor/<name>"),
            (config, "/web/config.json"),
            (plan_page, "/plan/<token>"),
            (plan_qr, "/plan/<token>/qr.svg"),
        )
        blueprint = PagesBlueprint("pages_webhook", __name__, routes=routes)

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        return blueprint

    def _plan(self, token: str) -> Optional[dict]:
        stored = plan_links_store().get(token)
        return json.loads(stored) if stored else None


def render_plan(plan: dict) -> str:
    """The take-home plan: the recommendation and the steps with their sources; no conversation text."""
    e = html.escape
    steps = []
    for step in plan.get("steps", []):
        sources = "; ".join(
            (
                f'<a href="{e(s["url"])}">{e(s["title"])}</a>'
                if str(s.get("url", "")).startswith("http")
                else e(s["title"])
            )
            + f" ({e(s['confidence'])}, as of {e(s['as_of'])})"
            for s in step.get("sources", [])
        )
        steps.append(
            f'<li><h3>{e(step["title"])} <span class="progress">{e(step["progress"].replace("_", " "))}</span></h3>'
            f'<p>{e(step["detail"])}</p><p class="sources">Sources: {sources}</p></li>'
        )
    body = (
        f'<p class="lead">Recommended: <strong>{e(plan.get("specialization_name", ""))}</strong></p>'
        f'<p>{e(plan.get("summary", ""))}</p><ol class="steps">{"".join(steps)}</ol>'
        '<p class="note">Rules and fees change: confirm with the certifying body or your state board '
        "before you apply. "
        f"Confidence marks: C confirmed by the issuing body, S secondary source, U uncertain.</p>"
    )
    return _page("Your case-management plan", body)


def _page(title: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><link rel="stylesheet" href="/web/plan.css"></head>
<body><main><h1>{html.escape(title)}</h1>{body}</main></body></html>"""
