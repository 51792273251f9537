"""Large US cities whose name, said alone, means one state: "suburbs of Chicago" places someone in Illinois.

Names shared by well-known cities of two states (Springfield, Portland, Columbus, Kansas City, Arlington, Richmond,
Charleston, Rochester, Wilmington, Aurora, Jackson...) are left out: the person is asked for the state instead.
"""

US_CITIES = {
    "new york city": "NY", "nyc": "NY", "brooklyn": "NY", "the bronx": "NY", "queens": "NY", "buffalo": "NY",
    "los angeles": "CA", "san diego": "CA", "san francisco": "CA", "san jose": "CA", "sacramento": "CA",
    "fresno": "CA", "oakland": "CA", "long beach": "CA", "bakersfield": "CA",
    "chicago": "IL", "houston": "TX", "dallas": "TX", "san antonio": "TX", "austin": "TX", "fort worth": "TX",
    "el paso": "TX", "phoenix": "AZ", "tucson": "AZ", "philadelphia": "PA", "philly": "PA", "pittsburgh": "PA",
    "jacksonville": "FL", "miami": "FL", "tampa": "FL", "orlando": "FL", "indianapolis": "IN", "seattle": "WA",
    "spokane": "WA", "denver": "CO", "boston": "MA", "detroit": "MI", "grand rapids": "MI", "nashville": "TN",
    "memphis": "TN", "knoxville": "TN", "baltimore": "MD", "louisville": "KY", "lexington, ky": "KY",
    "milwaukee": "WI", "albuquerque": "NM", "las vegas": "NV", "reno": "NV", "atlanta": "GA", "savannah": "GA",
    "omaha": "NE", "raleigh": "NC", "charlotte": "NC", "durham": "NC", "minneapolis": "MN", "st. paul": "MN",
    "saint paul": "MN", "tulsa": "OK", "oklahoma city": "OK", "cleveland": "OH", "cincinnati": "OH",
    "new orleans": "LA", "baton rouge": "LA", "honolulu": "HI", "anchorage": "AK", "boise": "ID",
    "salt lake city": "UT", "des moines": "IA", "little rock": "AR", "birmingham": "AL", "newark": "NJ",
    "jersey city": "NJ", "providence": "RI", "hartford": "CT", "new haven": "CT", "st. louis": "MO",
    "st louis": "MO", "virginia beach": "VA", "norfolk": "VA", "albany": "NY", "syracuse": "NY",
    "washington dc": "DC", "washington, dc": "DC", "d.c.": "DC",
}  # fmt: skip
