"""Reads an .ics file with libical (its RFC 5545/5546 restriction check) and
with python icalendar, as two calendar programs would, and prints what each
found as JSON. Used by test/calendar.test.ts; needs Debian's python3-icalendar,
python3-gi and gir1.2-ical-3.0 (.ci/run installs them)."""
import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402
import icalendar  # noqa: E402

text = open(sys.argv[1], encoding="utf-8").read()

root = ICalGLib.Component.new_from_string(text)
restrictions_ok = bool(ICalGLib.restriction_check(root))
libical_errors = []


def collect(component):
    prop = component.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    while prop:
        libical_errors.append(prop.as_ical_string().strip())
        prop = component.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    child = component.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    while child:
        collect(child)
        child = component.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)


collect(root)

# libical expands each recurring meeting: its first three occurrences, in UTC.
occurrences = {}
event = root.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
while event:
    rrule = event.get_first_property(ICalGLib.PropertyKind.RRULE_PROPERTY)
    if rrule:
        start = event.get_dtstart()
        iterator = ICalGLib.RecurIterator.new(rrule.get_rrule(), start)
        found = []
        moment = iterator.next()
        while moment and not moment.is_null_time() and len(found) < 400:
            found.append(moment.convert_to_zone(ICalGLib.Timezone.get_utc_timezone()).as_ical_string())
            moment = iterator.next()
        occurrences[event.get_uid()] = found
    event = root.get_next_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)

calendar = icalendar.Calendar.from_ical(text)
events = []
for component in calendar.walk("VEVENT"):
    start = component.decoded("DTSTART")
    end = component.decoded("DTEND") if "DTEND" in component else None
    duration = component.decoded("DURATION") if "DURATION" in component else None
    events.append({
        "uid": str(component["UID"]),
        "sequence": int(component.get("SEQUENCE", 0)),
        "start": start.isoformat(),
        "minutes": int(((end - start) if end is not None else duration).total_seconds() // 60) if (end is not None or duration is not None) else None,
        "rrule": component["RRULE"].to_ical().decode() if "RRULE" in component else None,
    })

print(json.dumps({"restrictionsOk": restrictions_ok, "libicalErrors": libical_errors, "occurrences": occurrences, "events": events, "method": str(calendar.get("METHOD", ""))}))
