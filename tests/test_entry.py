"""bin/run and bin/stack: what a person sees when the servers stop, fail to start or lose a part for good."""

from __future__ import annotations

from ops.entry import serve_until_stopped


def outcome(capsys, start=lambda: "ready", serve=lambda: None):
    stopped = []
    code = serve_until_stopped("run", start, serve, lambda: stopped.append(True), lambda lost: f"lost {lost}")
    out, err = capsys.readouterr()
    return code, out, err, stopped == [True]


def test_asked_to_stop_is_a_clean_exit(capsys):
    assert outcome(capsys) == (0, "ready\n\nrun: stopping\n", "", True)


def test_a_part_that_cannot_be_replaced_is_said_and_everything_stops(capsys):
    assert outcome(capsys, serve=lambda: "rasa") == (1, "ready\n", "run: lost rasa\n", True)


def test_a_failed_start_is_said_without_a_stack_trace_and_what_started_stops(capsys):
    def start():
        raise RuntimeError("the action server did not answer in 120 s")

    assert outcome(capsys, start=start) == (1, "", "run: the action server did not answer in 120 s\n", True)


def test_ctrl_c_during_the_start_stops_everything(capsys):
    def start():
        raise KeyboardInterrupt

    assert outcome(capsys, start=start) == (0, "\nrun: stopping\n", "", True)
