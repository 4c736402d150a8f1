"""A clinician's or coach's own sections of a note (SOAP's O, A and P, "My reflections", "Einschätzung")
hold their observations and plans, not what the person shared (issue 8, eleventh round). Notes written
for these tests."""

from __future__ import annotations

from proposals import noted

from rapport_plugins.extract import writers_own_lines

SOAP = """# Kenji R. - Session 9

**S:** Cl. reports his father passed three weeks ago (heart attack). Flew out for the funeral.
Says partner Eli has been "a rock." Started running again, signed up for a 10K on June 7.

**O:** On time. Affect flat, brightened when talking about running.
Tearful x1 when describing the hospital.

**A:** Acute grief, within expected range. Guilt re: pausing wedding plans.

**P:**
- Continue weekly
- Consider referral to bereavement group (JCC, Thurs eve)
"""

REFLECTIONS = """# Pastoral visit - Karen

## What she shared
- Her husband moved out six weeks ago and they agreed to a separation.

## My reflections
- Grief over the marriage more than anger right now.
- Shame is a big piece for her.
"""


def test_soap_sections_but_the_subjective_are_the_writers_own():
    own = writers_own_lines(SOAP)
    lines = SOAP.splitlines()
    assert not any(i in own for i, line in enumerate(lines, start=1) if "father passed" in line or "10K" in line)
    assert all(i in own for i, line in enumerate(lines, start=1) if "Tearful" in line or "Acute grief" in line
               or "bereavement group" in line)


def test_nothing_is_proposed_from_the_writers_assessment_or_plan():
    texts = " | ".join(text for _, text in noted(SOAP, ("Kenji Ross",)))
    assert "father passed" in texts and "10K" in texts
    for writers in ("Tearful", "Acute grief", "Guilt re", "bereavement group"):
        assert writers not in texts


def test_a_reflections_heading_ends_at_the_next_heading():
    texts = " | ".join(text for _, text in noted(REFLECTIONS, ("Karen Halvorson",)))
    assert "separation" in texts
    assert "Grief over the marriage" not in texts and "Shame" not in texts
