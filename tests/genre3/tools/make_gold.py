#!/usr/bin/env python3
"""Build tests/genre3/gold/<stem>.json from the annotations below.

Every line number is found from an anchor string (a piece of text that occurs on exactly one line of the
document, or the n-th matching line when called as L(anchor, n)), so an edit to a document cannot silently
shift the gold. Run:  python3 tests/genre3/tools/make_gold.py   (writes gold/ and prints each anchored line)
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"


sys.path.insert(0, str(ROOT.parent))  # tests/: the shared anchoring and writing
from goldkit import LOG, a, corpus, meeting, part, mi, res, com, table, act, rec, upd, ind  # noqa: E402,F401


Doc, write = corpus(ROOT)


# ---------------------------------------------------------------------------------------------------------
# 01 Wyvernshire PFCP actions tracker: markdown pipe tables with |---| rules, RAG words in the status column
d = Doc("01_wyvernshire-pfcp-actions-tracker-2025-09.txt")
J, M = "2025-07-10", "2025-05-15"
rows = [
    ("25/14", J, "12/25", "Provide the Panel with the fire service's on-call availability figures for each station for "
     "2024/25", "Wyvernshire Fire and Rescue Service", "2025-09-25", "GREEN - circulated 2 September"),
    ("25/15", J, "13/25", "Share the draft Victims' Services Commissioning Strategy with members before it goes to "
     "consultation", "OPFCC", "2025-10-31", "AMBER"),
    ("25/16", J, "13/25", "Confirm how many victims were referred to the new Restorative Justice Hub in its first six "
     "months", "OPFCC", "2025-09-25", "RED - awaiting data from provider"),
    ("25/17", J, "14/25", "Arrange a site visit for members to the joint police and fire control room at Hallowmere",
     "OPFCC", "2025-11-30", "AMBER"),
    ("25/18", J, "15/25", "Bring a report on the use of stop and search powers on under-18s to the December meeting",
     "Wyvernshire Police", "2025-12-11", "AMBER"),
    ("25/09", M, "6/25", "Publish the Commissioner's decision on the sale of Upper Brampton fire station, with the "
     "valuation report redacted as necessary", "OPFCC", "2025-06-30", "RED - decision delayed to October"),
    ("25/11", M, "8/25", "Write to the Panel setting out the force's plan to reduce the backlog of digital devices "
     "awaiting forensic examination", "Wyvernshire Police", "2025-07-10", "GREEN - letter at Appendix A"),
    ("25/12", M, "9/25", "Panel Scrutiny Officer to add a session on rural and wildlife crime to the work programme",
     "Panel Scrutiny Officer", "2025-07-10", "GREEN"),
]
COLS = ["Ref", "Minute", "Action", "Owner", "Due", "Status"]
write(d,
      parts=[part("action_list", "Actions tracker: Wyvernshire Police, Fire and Crime Panel, 25 September 2025 "
                  "(Agenda Item 5)", 1, d.last, "2025-09-25")],
      actions=[act(m, mn, t, o, d.L(f"| {ref} |"), status=s, deadline=dl) for ref, m, mn, t, o, dl, s in rows] + [
          act(None, None, "Report any complaints against the Commissioner received since the last meeting",
              "OPFCC Monitoring Officer", d.L("| S1 |"), status="Ongoing - none received this period"),
          act(None, None, "Circulate the Commissioner's decision log to members each month", "OPFCC",
              d.L("| S2 |"), status="Ongoing"),
      ],
      tables=[table("Actions from the meeting held on 10 July 2025", d.L("| Ref | Minute |", 1), d.L("| 25/18 |"), COLS),
              table("Actions from the meeting held on 15 May 2025", d.L("| Ref | Minute |", 2), d.L("| 25/12 |"), COLS),
              table("Standing actions", d.L("| Ref | Action | Owner | Status |"), d.L("| S2 |"),
                    ["Ref", "Action", "Owner", "Status"])],
      )

# ---------------------------------------------------------------------------------------------------------
# 02 Harrowdale District Council O&S (crime and disorder) minutes, "Min. 4" numbering, "Present: Councillors ..."
d = Doc("02_harrowdale-dc-overview-scrutiny-minutes-2025-06-24.txt")
D = "2025-06-24"
write(d,
      parts=[part("minutes", "Minutes of the Overview and Scrutiny Committee (Crime and Disorder), Harrowdale District "
                  "Council, 24 June 2025 (Min. 1-7)", 1, d.last, D)],
      meetings=[meeting("Overview and Scrutiny Committee (Crime and Disorder)", D, d.L("Minutes of the meeting held"),
                        "18:30", "Council Chamber, Harrowdale House, Bridge Street, Kelby, KB3 2NR", "Andrew Lowe",
                        ["Andrew Lowe", "Rachel Osei", "Martin Fairclough", "Gwen Ashdown", "Tariq Mahmood",
                         "Beverley Stone", "Neil Carraway"],
                        ["Helen Varley", "Jon Pritchett"])],
      minute_items=[
          mi(D, "1", "APOLOGIES FOR ABSENCE", None, d.L("Min. 1    ")),
          mi(D, "2", "DECLARATIONS OF INTEREST", None, d.L("Min. 2    ")),
          mi(D, "3", "MINUTES", "approved", d.L("Min. 3    ")),
          mi(D, "4", "NEIGHBOURHOOD POLICING IN HARROWDALE", "noted", d.L("Min. 4    ")),
          mi(D, "5", "NIGHT-TIME ECONOMY AND THE PURPLE FLAG APPLICATION", "noted; support conveyed",
             d.L("Min. 5    ")),
          mi(D, "6", "POLICE AND CRIME COMMISSIONER - COMMUNITY SAFETY FUNDING", "agreed to write to the PCC",
             d.L("Min. 6    ")),
          mi(D, "7", "WORK PROGRAMME 2025/26", "agreed", d.L("Min. 7    ")),
      ],
      resolutions=[
          res(D, "3", "That the minutes of the meeting held on 18 March 2025 be approved as a correct record.",
              d.L("RESOLVED - That the minutes")),
          res(D, "4", "That the update be noted.", d.L("RESOLVED - That the update")),
          res(D, "5", "the progress towards the Purple Flag application be noted; and", d.L("(1) the progress")),
          res(D, "5", "the Committee's support for the application be conveyed to the Portfolio Holder.",
              d.L("(2) the Committee's support")),
          res(D, "6", "That the Committee writes to the Police and Crime Commissioner asking that the community "
              "safety grant be index-linked from 2026/27.", d.L("RESOLVED - That the Committee writes")),
          res(D, "7", "That the work programme be agreed, with a review of the Public Spaces Protection Order for "
              "Kelby Marsh added for November 2025.", d.L("RESOLVED - That the work programme")),
      ],
      actions=[
          act(D, "4", "Inspector Ruddock said that patrol data were held by beat and she would provide members with a "
              "beat-by-beat breakdown of patrol hours for the last quarter.", "Calderbrook Police",
              d.L("north of the A61"), person="Inspector Gemma Ruddock"),
          act(D, "4", "Inspector Ruddock offered to share the results of the recent crime prevention survey of the site "
              "with the ward members.", "Calderbrook Police", d.L("offered to share the results"),
              person="Inspector Gemma Ruddock"),
          act(D, "5", "The Community Safety Manager agreed to circulate the assessors' draft feedback to all members of "
              "the Committee as soon as it was received.", "Harrowdale District Council",
              d.L("The Community Safety Manager agreed"), person="Deborah Pell",
              deadline="as soon as it is received", locations=[d.L("ACTION - Community Safety Manager")]),
          # the ACTION line restates the same undertaking, so it is a location of the same action (CONTRACT: one item)
          act(D, "6", "Mr Ibbotson would report back on whether the grant could be index-linked from 2026/27.", "OPCC",
              d.L("inflation. Mr Ibbotson would report back"), person="Matthew Ibbotson", deadline="September meeting",
              locations=[d.L("ACTION - OPCC to confirm")]),
      ],
      indicators=[
          ind("Recorded crime in Harrowdale", 3917, "2024/25", d.L("crime in Harrowdale had fallen by 4.2%")),
          ind("Anti-social behaviour incidents in Harrowdale", 1288, "2024/25", d.L("incidents had risen to 1,288")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 03 Norbury Combined Authority Police and Crime Panel minutes, "Item 4" numbering, "Members Present:" block
d = Doc("03_norbury-ca-police-crime-panel-minutes-2025-07-17.txt")
D = "2025-07-17"
write(d,
      parts=[part("minutes", "Minutes of the Norbury Combined Authority Police and Crime Panel, 17 July 2025 "
                  "(Items 1-8)", 1, d.last, D)],
      meetings=[meeting("Norbury Combined Authority Police and Crime Panel", D, d.L("Date:   Thursday"), "14:00",
                        "Boardroom, Combined Authority Headquarters, 1 Canal Wharf, Norbury NB1 4WE",
                        "Joanne Brierley",
                        ["Joanne Brierley", "Kevin Dunmore", "Farah Qureshi", "Peter Hallam", "Anne-Marie Kelsall",
                         "Victor Obi", "Graham Sillitoe", "Lorna Fitzwilliam"],
                        ["Ruth Denton", "Imran Bashir"], ["Victor Obi"])],
      minute_items=[
          mi(D, "1", "Apologies", None, d.L("Item 1  ")),
          mi(D, "2", "Declarations of Interest", None, d.L("Item 2  ")),
          mi(D, "3", "Minutes of the Meeting held on 12 June 2025", "agreed", d.L("Item 3  ")),
          mi(D, "4", "Deputy Mayor's Report", "noted", d.L("Item 4  ")),
          mi(D, "5", "Serious Violence Duty - Annual Statement", "noted", d.L("Item 5  ")),
          mi(D, "6", "Complaints Annual Report", "noted", d.L("Item 6  ")),
          mi(D, "7", "Panel Work Programme", "approved as amended", d.L("Item 7  ")),
          mi(D, "8", "Date of Next Meeting", None, d.L("Item 8  ")),
      ],
      resolutions=[
          res(D, "4", "That the Deputy Mayor's report be noted.", d.L("Resolved: That the Deputy Mayor")),
          res(D, "5", "That the annual statement be noted.", d.L("a) That the annual statement")),
          res(D, "5", "That the Panel's Serious Violence Working Group meets before the October meeting to consider the "
              "partnership's evaluation framework.", d.L("b) That the Panel's Serious")),
          res(D, "6", "That the report be noted.", d.L("Resolved: That the report be noted")),
          res(D, "7", "That the work programme, as amended, be approved.", d.L("Resolved: That the work programme")),
      ],
      actions=[
          act(D, "4", "The Deputy Mayor offered to share the footfall data that had informed the decision with the Panel.",
              "Norbury Combined Authority", d.L("front counter. The Deputy Mayor offered"), person="Alison Marsh"),
          act(D, "4", "Assistant Chief Constable Eccles said that the force would provide the figures, broken down by the "
              "stage at which support was withdrawn, before the next meeting.", "Norbury Police",
              d.L("Assistant Chief Constable Eccles said"), person="Assistant Chief Constable Dawn Eccles",
              deadline="before the next meeting"),
          act(D, "5", "The Deputy Mayor agreed to bring a report to the next meeting of the Panel setting out the funding "
              "position for the Violence Reduction Partnership for 2026/27.", "Norbury Combined Authority",
              d.L("The Deputy Mayor agreed to bring"), person="Alison Marsh", deadline="next meeting"),
          act(D, "7", "The Governance Officer would circulate revised dates for the informal briefing on the police "
              "estate.", "Norbury Combined Authority", d.L("The Governance Officer would"), person="Elaine Foy"),
      ],
      indicators=[
          ind("New police officers recruited", 214, "April-July 2025", d.L("recruited 214 new officers")),
          ind("999 calls answered within ten seconds (%)", 88.6, "June 2025", d.L("reached 88.6%"), target="90%"),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 04 Tamarfield Fire and Rescue Authority minutes, "(4)" numbering, initials-only names, blank-page notice
d = Doc("04_tamarfield-fire-rescue-authority-minutes-2025-04-03.txt")
D = "2025-04-03"
write(d,
      parts=[part("minutes", "Minutes of the Tamarfield Fire and Rescue Authority, 3 April 2025 (items (1)-(8))", 1,
                  d.last, D)],
      meetings=[meeting("Tamarfield Fire and Rescue Authority", D, d.L("Minutes of the meeting of the Authority"),
                        "10:30", "Service Headquarters, Moorgate Road, Tamarfield", "D. Penhallow",
                        ["D. Penhallow", "R. Abbott", "S. Carne", "J. Edgcumbe", "M. Lusty", "P. Nance", "H. Trelawny",
                         "A. Vosper"],
                        ["K. Moyle", "T. Rowe"])],
      minute_items=[
          mi(D, "1", "DECLARATIONS OF INTEREST", None, d.L("(1)   DECLARATIONS")),
          mi(D, "2", "MINUTES", "confirmed and signed", d.L("(2)   MINUTES")),
          mi(D, "3", "CHAIR'S ANNOUNCEMENTS", None, d.L("(3)   CHAIR")),
          mi(D, "4", "PERFORMANCE MONITORING - QUARTER 3 2024/25", "noted", d.L("(4)   PERFORMANCE")),
          mi(D, "5", "ON-CALL DUTY SYSTEM REVIEW", "noted; consultation and further report agreed", d.L("(5)   ON-CALL")),
          mi(D, "6", "COLLABORATION WITH TAMARFIELD POLICE - SHARED ESTATES", "noted; proposal supported",
             d.L("(6)   COLLABORATION")),
          mi(D, "7", "EXCLUSION OF THE PRESS AND PUBLIC", "agreed", d.L("(7)   EXCLUSION")),
          mi(D, "8", "SALE OF FORMER TREVENNA FIRE STATION (EXEMPT)", "approved", d.L("(8)   SALE")),
      ],
      resolutions=[
          res(D, "2", "that the minutes of the meeting held on 6 February 2025 be confirmed and signed.",
              d.L("RESOLVED that the minutes")),
          res(D, "4", "that the performance report be noted.", d.L("RESOLVED that the performance")),
          res(D, "5", "the findings of the on-call review be noted;", d.L("(a)   the findings")),
          res(D, "5", "the Chief Fire Officer consults the representative bodies on the proposed banded contracts; and",
              d.L("(b)   the Chief Fire Officer")),
          res(D, "5", "a further report be brought to the Authority in July 2025.", d.L("(c)   a further report")),
          res(D, "6", "that the progress on shared estates be noted and that the Authority supports the proposal to "
              "co-locate the Porthlow neighbourhood team at Porthlow fire station.", d.L("RESOLVED that the progress")),
          res(D, "7", "that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from "
              "the meeting for the following item on the grounds that it involves the likely disclosure of exempt "
              "information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.",
              d.L("RESOLVED that under Section")),
          res(D, "8", "that the recommendations in the exempt report be approved.", d.L("RESOLVED that the recommendations")),
      ],
      actions=[
          act(D, "4", "the Deputy Chief Fire Officer said he would report back to the next meeting on the pilot of "
              "salaried day-crewing at two on-call stations.", "Tamarfield Fire and Rescue Service",
              d.L("would report"), person="Deputy Chief Fire Officer Ian Scobell", deadline="next meeting"),
          act(D, "5", "The Chief Fire Officer agreed to provide each member with the station-level recruitment figures for "
              "on-call firefighters for the last three years.", "Tamarfield Fire and Rescue Service",
              d.L("The Chief Fire Officer agreed to provide"), person="Chief Fire Officer Claire Jewell",
              locations=[d.L("ACTION - Chief Fire Officer")]),
          act(D, "6", "The Treasurer undertook to confirm the rental income received from the force in 2024/25 by the end "
              "of April.", "Tamarfield Fire and Rescue Authority", d.L("The Treasurer undertook"),
              person="Ruth Bolitho", deadline="2025-04-30"),
      ],
      indicators=[
          ind("Incidents attended", 1412, "Q3 2024/25", d.L("incidents in Quarter 3 2024/25")),
          ind("Accidental dwelling fires", 212, "Q3 2024/25", d.L("212 were accidental dwelling fires")),
          ind("Average response time to dwelling fires", None, "Q3 2024/25", d.L("9 minutes 41 seconds"),
              target="10 minutes"),
          ind("On-call appliance availability (%)", 71.3, "Q3 2024/25", d.L("appliance availability was 71.3%"),
              target="85%"),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 05 Strathkell Police Authority Board minute (Scottish style), "4." numbering, "ACTION 20250529-01:" lines
d = Doc("05_strathkell-police-authority-board-minutes-2025-05-29.txt")
D = "2025-05-29"
write(d,
      parts=[part("minutes", "Minute of the Strathkell Police Authority Board meeting, 29 May 2025 (items 1-7)", 1,
                  d.last, D)],
      meetings=[meeting("Strathkell Police Authority Board", D, d.L("MINUTE OF THE AUTHORITY BOARD"), "10:00",
                        "Marchmont Suite, Kelvinhaugh House, Dunlarrig", "Fiona Cargill",
                        ["Fiona Cargill", "Douglas Murchie", "Isla Rennie", "Callum Niven", "Mhairi Dalgleish",
                         "Angus Tulloch"],
                        ["Euan Strachan"])],
      minute_items=[
          mi(D, "1", "OPENING REMARKS", None, d.L("1.  OPENING")),
          mi(D, "2", "DECLARATIONS OF INTEREST", None, d.L("2.  DECLARATIONS")),
          mi(D, "3", "MINUTE OF THE PREVIOUS MEETING AND ROLLING ACTION LOG", "approved", d.L("3.  MINUTE")),
          mi(D, "4", "CHIEF CONSTABLE'S REPORT", "noted", d.L("4.  CHIEF")),
          mi(D, "5", "FINANCIAL MONITORING - OUTTURN 2024/25", "approved (carry-forward)", d.L("5.  FINANCIAL")),
          mi(D, "6", "INDEPENDENT REVIEW OF CUSTODY HEALTHCARE", "noted; agreed", d.L("6.  INDEPENDENT")),
          mi(D, "7", "ANY OTHER BUSINESS", None, d.L("7.  ANY")),
      ],
      resolutions=[
          res(D, "4", "The Board NOTED the report.", d.L("The Board NOTED the report")),
          res(D, "5", "The Board APPROVED the carry-forward of £0.8 million for the body-worn video refresh.",
              d.L("The Board APPROVED")),
          res(D, "6", "NOTED the findings;", d.L("a) NOTED the findings")),
          res(D, "6", "AGREED that the Chief Executive writes to the Health Board on the review's recommendations on nurse "
              "staffing; and", d.L("b) AGREED that the Chief Executive")),
          res(D, "6", "AGREED that the Authority's response be published alongside the review.",
              d.L("c) AGREED that the Authority")),
      ],
      actions=[
          act(D, "4", "Strathkell Police to provide officer numbers by local policing division to the Board.",
              "Strathkell Police", d.L("ACTION 20250529-01"), person="Deputy Chief Constable", deadline="2025-07-31",
              locations=[d.L("agreed this would be provided")]),
          act(D, "5", "Director of Finance to circulate the final audited outturn figures once the external audit is "
              "complete.", "Strathkell Police Authority", d.L("ACTION 20250529-02"), person="Gordon McPhail",
              deadline="2025-09"),
          act(D, "6", "Chief Executive to write to NHS Dunlarrig Health Board on nurse staffing in custody.",
              "Strathkell Police Authority", d.L("ACTION 20250529-03"), person="Lesley Baird", deadline="2025-06-30"),
      ],
      indicators=[
          ind("Emergency calls answered within 10 seconds (%)", 96.4, "2024/25", d.L("answered 96.4%")),
          ind("Police officer numbers", 5841, "May 2025", d.L("officers had fallen to 5,841"), target="5,950"),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 06 Cantref Police and Crime Panel (Wales), bilingual headings, "4/25" numbering
d = Doc("06_cantref-pcp-minutes-2025-01-31.txt")
D = "2025-01-31"
write(d,
      parts=[part("minutes", "Minutes of the Cantref Police and Crime Panel, 31 January 2025 (1/25-7/25)", 1,
                  d.last, D)],
      meetings=[meeting("Cantref Police and Crime Panel", D, d.L("Minutes of the meeting of the Cantref"), "10:00",
                        "Siambr, Neuadd y Sir, Llanfeurig", "Dafydd Hughes",
                        ["Dafydd Hughes", "Nerys Pugh", "Glyn Parry", "Meinir Roberts", "Philip Sandham",
                         "Catrin Bowen", "Ieuan Morgan", "Delyth Jones-Ashby"],
                        ["Owen Tudur"])],
      minute_items=[
          mi(D, "1/25", "APOLOGIES FOR ABSENCE", None, d.L("1/25  ")),
          mi(D, "2/25", "DECLARATIONS OF PERSONAL INTEREST", None, d.L("2/25  ")),
          mi(D, "3/25", "MINUTES OF THE MEETING HELD ON 29 NOVEMBER 2024", "signed as a correct record", d.L("3/25  ")),
          mi(D, "4/25", "THE COMMISSIONER'S PROPOSED PRECEPT FOR 2025/26", "precept supported", d.L("4/25  ")),
          mi(D, "5/25", "POLICE AND CRIME PLAN - QUARTER 3 MONITORING", "noted", d.L("5/25  ")),
          mi(D, "6/25", "PANEL FORWARD WORK PROGRAMME", "agreed", d.L("6/25  ")),
          mi(D, "7/25", "DATE OF NEXT MEETING", None, d.L("7/25  ")),
      ],
      resolutions=[
          res(D, "3/25", "that the minutes of the meeting held on 29 November 2024 be signed as a correct record.",
              d.L("RESOLVED that the minutes")),
          res(D, "4/25", "that the Panel supports the proposed precept of £332.16 for a Band D property for 2025/26, "
              "without qualification or comment.", d.L("RESOLVED that the Panel supports")),
          res(D, "5/25", "that the report be noted.", d.L("RESOLVED that the report")),
          res(D, "6/25", "that the forward work programme be agreed.", d.L("RESOLVED that the forward")),
      ],
      actions=[
          act(D, "4/25", "The Chief Finance Officer stated that a 3% pay award had been assumed, and undertook to provide "
              "the Panel with the effect of each additional 1% of pay award on the budget gap.", "OPCC",
              d.L("been assumed, and undertook"), person="Simon Gittins"),
          act(D, "4/25", "The Commissioner said that he would write to the Panel with the deployment plan once the Chief "
              "Constable had approved it.", "OPCC", d.L("The Commissioner said that he would write"),
              person="Emyr Caradog", deadline="once the Chief Constable has approved the plan"),
          act(D, "5/25", "OPCC to include victim satisfaction for domestic abuse victims as a separate line in the "
              "Quarter 4 report.", "OPCC", d.L("ACTION: OPCC"), deadline="Quarter 4 report"),
          act(D, "6/25", "The Panel Support Officer agreed to circulate the draft terms of reference for the Panel's review "
              "of youth diversion schemes.", "Panel Support Officer", d.L("The Panel Support Officer agreed"),
              person="Angharad Price"),
      ],
      indicators=[
          ind("Victim satisfaction rate (%)", 74, "Q3 2024/25", d.L("victim satisfaction rate was 74%")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 07 Brackmoor PCP outstanding actions log: space-aligned columns, wrapped cells, dd/mm/yyyy dates, RAG column
d = Doc("07_brackmoor-pcp-outstanding-actions-2025-11.txt")
rows = [
    ("2025-09-04", "31", "Provide the number of police officers trained in trauma-informed interviewing since April "
     "2025", "Brackmoor Police", "2025-11-20", "Green", "Provide the number of police officers"),
    ("2025-09-04", "32", "Circulate the Commissioner's response to the HMICFRS PEEL report", "OPCC", "2025-09-30",
     "Green", "Circulate the Commissioner's response"),
    ("2025-09-04", "33", "Report on the outcome of the drone pilot in the Fellside policing area", "Brackmoor Police",
     "2025-11-20", "Amber", "Report on the outcome of the drone"),
    ("2025-06-19", "18", "Share the timetable for the replacement of the force's records management system", "OPCC",
     "2025-07-31", "Red", "Share the timetable"),
    ("2025-06-19", "20", "Review the Panel's complaints protocol and bring revisions for approval", "Panel Secretariat",
     "2025-09-04", "Amber", "Review the Panel's complaints"),
    ("2025-03-13", "9", "Publish a breakdown of the Safer Streets Fund spend by district", "OPCC", "2025-04-30", "Red",
     "Publish a breakdown"),
]
write(d,
      parts=[part("action_list", "Outstanding Actions Log: Brackmoor Police and Crime Panel, 20 November 2025 (Item 6)",
                  1, d.last, "2025-11-20")],
      actions=[act(m, mn, t, o, d.L(anc), status=s, deadline=dl) for m, mn, t, o, dl, s, anc in rows],
      tables=[table("Outstanding Actions Log", d.L("Meeting      Min"), d.L("Fund spend by district"),
                    ["Meeting", "Min", "Action", "Action by", "Target date", "RAG"])],
      )

# ---------------------------------------------------------------------------------------------------------
# 08 Kingsmere OPCC Strategic Accountability Board action log: one field per line ("Action: / Owner: / Due:")
d = Doc("08_kingsmere-accountability-board-action-log-2025-10.txt")
rows = [
    ("2025-08-12", "4", "Chief Constable to provide an analysis of abstraction rates for neighbourhood officers, by "
     "district, for the last 12 months.", "Kingsmere Police", "ACC Local Policing", "2025-10-14", "Complete",
     "Chief Constable to provide an analysis"),
    ("2025-08-12", "5", "Present a recovery plan for 101 call answering times, with monthly milestones.",
     "Kingsmere Police", "Head of Contact Management", "2025-10-14", "Overdue", "Present a recovery plan"),
    ("2025-08-12", "6", "OPCC Head of Commissioning to share the findings of the victims' services dip sample with the "
     "Chief Constable.", "OPCC", "OPCC Head of Commissioning", "2025-09-30", "Complete", "OPCC Head of Commissioning"),
    ("2025-08-12", "7", "Confirm the disposal timetable for the former Ashgrove police station.", "OPCC",
     "Chief Finance Officer", "2025-12", "In progress - on track", "Confirm the disposal timetable"),
    ("2025-06-10", "4", "Provide the Commissioner with the outcome rates for stop and search of Black people compared "
     "with white people, with the community scrutiny panel's comments.", "Kingsmere Police", None, "2025-08-12",
     "In progress - slipped", "Provide the Commissioner with the outcome"),
]
write(d,
      parts=[part("action_list", "Strategic Accountability Board action log, OPCC for Kingsmere (for 14 October 2025)",
                  1, d.last, "2025-10-14")],
      actions=[act(m, mn, t, o, d.L(anc), person=p, status=s, deadline=dl) for m, mn, t, o, p, dl, s, anc in rows],
      )

# ---------------------------------------------------------------------------------------------------------
# 09 Marlingford PCP transcript: "Name (Role):" labels; witnesses promise things but, as in seed 004, a promise
# made only in a transcript is not an action (seed 004 keeps these under implied_undertakings, not actions)
d = Doc("09_marlingford-pcp-transcript-2025-10-02.txt")
SP = {"Councillor Lorna Birtles (Chair)": ("Lorna Birtles", "Chair"),
      "Councillor Amir Sadiq (Deputy Chair)": ("Amir Sadiq", "Deputy Chair"),
      "Councillor Tessa Morland": ("Tessa Morland", "Panel Member"),
      "Councillor Gareth Lyle": ("Gareth Lyle", "Panel Member"),
      "Councillor Yvonne Achebe": ("Yvonne Achebe", "Panel Member"),
      "Mr Robert Feeney": ("Robert Feeney", "Independent Member"),
      "Paul Vance (Police and Crime Commissioner)": ("Paul Vance", "Police and Crime Commissioner"),
      "Assistant Chief Constable Hannah Grieve (Marlingford Police)": ("Hannah Grieve",
                                                                        "Assistant Chief Constable, Marlingford Police"),
      "Dev Pattani (Marlingford Retail Crime Partnership)": ("Dev Pattani", "Chair, Marlingford Retail Crime Partnership")}
turns = []
for i, s in enumerate(d.lines, 1):
    for label, (name, role) in SP.items():
        if s.startswith(label + ":"):
            turns.append({"speaker": name, "role": role, "line": i})
assert len(turns) == 21, len(turns)
write(d,
      parts=[part("transcript", "Transcript of Agenda Item 5: Question and Answer Session with the Police and Crime "
                  "Commissioner - Tackling Retail Crime (Marlingford Police and Crime Panel, 2 October 2025)", 1,
                  d.last, "2025-10-02")],
      meetings=[meeting("Marlingford Police and Crime Panel", "2025-10-02", d.L("Thursday 2 October 2025"), "10:00",
                        "Council Chamber, Marlingford Guildhall", "Lorna Birtles",
                        ["Lorna Birtles", "Amir Sadiq", "Tessa Morland", "Gareth Lyle", "Yvonne Achebe",
                         "Robert Feeney"])],
      turns=turns,
      )

# ---------------------------------------------------------------------------------------------------------
# 10 Ravensholm PCC decision notices: "2. Recommendation / That the PCC approves" and "I approve the
# recommendations" are procedural decisions (seed 004 keeps "The Committee is recommended to..." out of
# recommendations), so the gold has no recommendations or resolutions; only parts and the finance table
d = Doc("10_ravensholm-pcc-decision-notices-2025.txt")
write(d,
      parts=[part("other", "PCC decision notice RPCC/2025/031: Funding for the Ravensholm IDVA service 2025-2028",
                  1, d.L("Page 1"), "2025-08-11"),
             part("other", "PCC decision notice RPCC/2025/034: Acceptance of the Safer Streets Summer Initiative grant",
                  d.L("POLICE AND CRIME COMMISSIONER FOR RAVENSHOLM", 2), d.last, "2025-09-02")],
      tables=[table("3. Financial implications", d.L("Year          Home Office"), d.L("Total         £930,000"),
                    ["Year", "Home Office grant", "PCC core budget", "Total"],
                    [["2025/26", 310000, 304000, 614000], ["2026/27", 310000, 304000, 614000],
                     ["2027/28", 310000, 304000, 614000], ["Total", 930000, 912000, 1842000]])],
      )

# ---------------------------------------------------------------------------------------------------------
# 11 Inspectorate report extract: "Recommendation N: By <date>, all forces should..." (Recommendation 3 restated in
# chapter 2); "Area for improvement N" is not a recommendation (the inspectorate's own distinction)
d = Doc("11_inspectorate-stalking-inspection-extract-2025.txt")
R = "Still Not Taken Seriously: an inspection of the police response to stalking"
write(d,
      parts=[part("report", R + " (inspectorate report extract, 18 November 2025)", 1, d.last, "2025-11-18")],
      recommendations=[
          rec(R, "1", "By 30 June 2026, all forces should make sure that call handlers and first responders use a "
              "stalking screening tool, such as the one published by the College of Policing, when a report involves "
              "repeated unwanted behaviour.", "All forces", d.L("Recommendation 1:")),
          rec(R, "2", "By 30 June 2026, chief constables should make sure that every reported stalking offence is "
              "reviewed by a supervisor within 24 hours of being recorded.", "Chief constables",
              d.L("Recommendation 2:")),
          rec(R, "3", "By 31 March 2026, the College of Policing should update its authorised professional practice on "
              "stalking to include guidance on applying for stalking protection orders at the earliest opportunity.",
              "College of Policing", d.L("Recommendation 3:", 1), [d.L("Recommendation 3:", 2)]),
          rec(R, "4", "Within six months of this report, the National Police Chiefs' Council lead for stalking and "
              "harassment should agree with the Home Office a national performance measure for the use of stalking "
              "protection orders.", "National Police Chiefs' Council", d.L("Recommendation 4:")),
          rec(R, "5", "By 31 January 2026, Pennmoor Constabulary should end the practice of closing stalking cases as "
              "\"no further action - evidential difficulties\" without a supervisor's review.", "Pennmoor Constabulary",
              d.L("Recommendation 5:")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 12 Government response (command paper) to a committee report: restated recommendation, "Government response",
# "We will..." commitments; one response answers Recommendations 4 and 5 together
d = Doc("12_government-response-rural-crime-report-2025.txt")
R = "Policing the Countryside - Rural and Wildlife Crime (Public Safety Committee, Third Report of Session 2024-25)"
recs = [("1", "The Home Office should publish, by April 2026, a national rural crime strategy with measurable outcomes, "
         "and report annually to Parliament on progress against it.", "Home Office", "The Home Office should publish"),
        ("2", "Every force should have a dedicated rural crime team of at least eight officers, ring-fenced from "
         "abstraction to other duties.", "Police forces", "Every force should have"),
        ("3", "The Government should make the theft of GPS units from farm machinery a specific aggravating factor in "
         "sentencing.", "Government", "The Government should make the theft"),
        ("4", "The Government should guarantee the National Wildlife Crime Unit multi-year funding of no less than its "
         "current level until at least 2029.", "Government", "The Government should guarantee"),
        ("5", "The Home Office and Defra should jointly fund a pilot of rural crime partnership officers in three force "
         "areas.", "Home Office and Defra", "The Home Office and Defra should"),
        ("6", "The Government should require police and crime commissioners to include rural crime in their police and "
         "crime plans.", "Government", "The Government should require")]
heads = [("Recommendation 1", "Recommendation 1", "accepted"), ("Recommendation 2", "Recommendation 2", "partially accepted"),
         ("Recommendation 3", "Recommendation 3", "not accepted"),
         ("Recommendations 4 and 5", "Recommendations 4 and 5", "accepted"), ("Recommendation 6", "Recommendation 6", "noted")]
responses = [{"topic": h, "responds_to": f"{h} of the Public Safety Committee's report", "stance": st,
              "start_line": d.L(anc) if h != "Recommendation 1" else d.L("Recommendation 1"),
              "line": d.L("Government response", i + 1)} for i, (h, anc, st) in enumerate(heads)]
T = {h: h for h, _, _ in heads}
write(d,
      parts=[part("report", "Government Response to the Public Safety Committee's Third Report of Session 2024-25: "
                  "Policing the Countryside - Rural and Wildlife Crime (CP 1190, October 2025)", 1, d.last, "2025-10")],
      recommendations=[rec(R, n, t, ad, d.L(anc)) for n, t, ad, anc in recs],
      responses=responses,
      commitments=[
          com("We will publish a national rural and wildlife crime strategy in spring 2026, developed with the National "
              "Police Chiefs' Council and the farming unions.", "Recommendation 1", d.L("accepts this recommendation. We will")),
          com("We will also report progress to Parliament in an annual written statement.", "Recommendation 1",
              d.L("report progress to Parliament in an annual")),
          com("However, we will ask His Majesty's Inspectorate to examine the resourcing of rural crime teams in its next "
              "round of PEEL inspections.", "Recommendation 2", d.L("for chief constables. However")),
          com("We will, however, keep the guidelines under review with the Sentencing Council.", "Recommendation 3",
              d.L("keep the guidelines under")),
          com("The Home Office and Defra will jointly provide funding for the National Wildlife Crime Unit until March "
              "2029, and we will launch a rural crime partnership officer pilot in three force areas from April 2026.",
              "Recommendations 4 and 5", d.L("The Home Office and Defra will jointly")),
          com("We propose to evaluate the pilot independently and publish the evaluation.", "Recommendations 4 and 5",
              d.L("We propose to evaluate")),
          com("We will not legislate to require this, but the Minister for Policing will write to all commissioners to "
              "encourage them to set out their approach to rural crime.", "Recommendation 6",
              d.L("We will not legislate")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 13 Oakhurst Borough Council scrutiny task and finish review: "Recommendation 4 - That the Cabinet..." in the
# summary and again in the findings; implementation table with a wrapped row; a procedural recommendation
d = Doc("13_oakhurst-scrutiny-review-knife-crime-2025.txt")
R = "Report of the Task and Finish Group on Knife Crime and Young People (Oakhurst Borough Council)"
recs = [("1", "That the Cabinet funds a youth worker in the emergency department of Oakhurst General Hospital for a "
         "further two years, to reach young people admitted with stab wounds.", "Cabinet", "Recommendation 1 -"),
        ("2", "That the Cabinet asks the Oakhurst Community Safety Partnership to publish a knife crime problem profile "
         "for the borough every year.", "Cabinet", "Recommendation 2 -"),
        ("3", "That the Cabinet Member for Children and Families ensures that every secondary school in the borough is "
         "offered knife crime awareness sessions delivered by people with lived experience.",
         "Cabinet Member for Children and Families", "Recommendation 3 -"),
        ("4", "That the Cabinet writes to the Police and Crime Commissioner asking that the Violence Reduction Unit's "
         "funding for Oakhurst be maintained at least at its 2025/26 level.", "Cabinet", "Recommendation 4 -"),
        ("5", "That the Council's licensing team works with Calderbrook Police to carry out test purchases of knives from "
         "retailers in the borough at least twice a year.", "Council licensing team", "Recommendation 5 -")]
write(d,
      parts=[part("report", R + ", presented to the Communities Scrutiny Panel on 8 September 2025", 1, d.last,
                  "2025-09-08")],
      recommendations=[rec(R, n, t, ad, d.L(anc, 1),
                           [d.L(anc, 2)] if n in ("1", "3", "5") else None) for n, t, ad, anc in recs],
      tables=[table("5. Implementation", d.L("Rec | Lead"), d.L("5   | Licensing"),
                    ["Rec", "Lead", "Cost", "Timescale"])],
      )

# ---------------------------------------------------------------------------------------------------------
# 14 Pennmoor Police and Crime Plan extract: "I will", "We will:" bullets, "In the next four years I will:",
# "How we will know we have succeeded" (measures, not commitments), "It is my ambition" (not a commitment)
d = Doc("14_pennmoor-police-and-crime-plan-2025-2029-extract.txt")
F, P1, P2, P3 = ("Foreword from the Commissioner", "Priority 1: Neighbourhoods you can rely on",
                 "Priority 2: Tackling violence against women and girls", "Priority 3: Putting victims first")
write(d,
      parts=[part("plan", "Pennmoor Police and Crime Plan 2025-2029: Safer Streets, Stronger Communities (extract)", 1,
                  d.last, None)],
      commitments=[
          com("I will publish my progress against it every quarter, and I will hold the Chief Constable to account in "
              "public at my Accountability Board.", F, d.L("I will publish my progress")),
          com("keep a named officer and a named PCSO for every ward;", P1, d.L("keep a named officer")),
          com("open two new police front counters, in Trevose and St Keverne, by 2027;", P1, d.L("open two new police")),
          com("fund the rural crime team so that it can be expanded to twelve officers.", P1, d.L("fund the rural crime")),
          com("I will also ask the Chief Constable to publish neighbourhood team staffing levels for every district on "
              "the force website each month.", P1, d.L("I will also ask")),
          com("We will work with Pennmoor Police and partners to make the county a place where women and girls are safe "
              "and feel safe.", P2, d.L("We will work with Pennmoor")),
          com("The Chief Constable has committed to a specialist rape and serious sexual offences team, and we will fund "
              "it from 2026.", P2, d.L("The Chief Constable has committed")),
          com("commission a specialist advocacy service for victims of stalking;", P2, d.L("commission a specialist")),
          com("double the funding for perpetrator programmes, so that fewer people go on to offend again;", P2,
              d.L("double the funding")),
          com("make sure every secondary school can access healthy relationships education.", P2,
              d.L("make sure every secondary")),
          com("We will set up a single Victim Care Hub that every victim of crime is referred to, whichever agency they "
              "first report to.", P3, d.L("We will set up")),
          com("We will also seek the views of victims every year and publish what we have changed as a result.", P3,
              d.L("We will also seek")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 15 Calderbrook OPCC performance report, markdown pipe table (Baseline / Target / Actual / Variance / RAG / DoT)
d = Doc("15_calderbrook-opcc-performance-report-q1-2025-26.txt")
Q = "Q1 2025/26"
T = [("PCP1", "999 calls answered within 10 seconds (%)", 87.2, "90.0", 91.4, 1.4, "Green", "Improving"),
     ("PCP2", "101 calls answered within 3 minutes (%)", 58.9, "75.0", 63.1, -11.9, "Red", "Improving"),
     ("PCP3", "Average attendance time, emergency incidents (mins)", 13.6, "12.0", 12.4, 0.4, "Amber", "Improving"),
     ("PCP4", "Neighbourhood crime (offences)", 2914, "2,800", 2756, -44, "Green", "Improving"),
     ("PCP5", "Charge/summons rate, all crime (%)", 7.1, "8.5", 6.8, -1.7, "Red", "Declining"),
     ("PCP6", "Victims satisfied with overall service (%)", 71.0, "75.0", 72.3, -2.7, "Amber", "Stable")]
extra = {"PCP2": [d.L("Only 63.1%")], "PCP5": [d.L("rate fell to 6.8%")]}
write(d,
      parts=[part("performance_report", "Police and Crime Plan Performance Report - Quarter 1 2025/26 (Calderbrook "
                  "Police and Crime Panel, Agenda Item 7)", 1, d.last, "2025-09-11")],
      indicators=[ind(n, v, Q, d.L(f"| {c} |"), code=c, target=t, rag=r, locations=extra.get(c))
                  for c, n, b, t, v, var, r, dot in T] + [
          ind("Police officer headcount", 3412, "30 June 2025", d.L("3,412 police officers"), target="3,450")],
      tables=[table("Table 1: Police and Crime Plan measures, Quarter 1 2025/26", d.L("| Ref | Measure"),
                    d.L("| PCP6 |"), ["Ref", "Measure", "Baseline 2024/25", "Target", "Actual Q1", "Variance", "RAG", "DoT"],
                    [[c, n, b, float(t.replace(",", "")), v, var, r, dot] for c, n, b, t, v, var, r, dot in T])],
      )

# ---------------------------------------------------------------------------------------------------------
# 16 Kelby and Harrowdale CSP performance: space-aligned Q1..Q4 / YTD / Same period last year / RAG (G/A/R),
# a two-line header, "-" for quarters not yet reported; one observation per quarter and one for the year to date
d = Doc("16_kelby-csp-performance-q2-2025-26.txt")
RAG = {"G": "Green", "A": "Amber", "R": "Red"}
T = [("Total recorded crime", 1977, 2044, 4021, 4171, "G", "Total recorded crime    "),
     ("Anti-social behaviour incidents", 702, 811, 1513, 1398, "R", "Anti-social behaviour incidents  "),
     ("Domestic abuse incidents", 516, 533, 1049, 1052, "A", "Domestic abuse incidents  "),
     ("Residential burglary", 88, 71, 159, 204, "G", "Residential burglary  "),
     ("Hate crime offences", 37, 45, 82, 66, "R", "Hate crime offences  ")]
notes = {("Total recorded crime", "ytd"): [d.L("first half of 2025/26 was 4,021")],
         ("Anti-social behaviour incidents", "q2"): [d.L("rose to 811 incidents")],
         ("Hate crime offences", "q2"): [d.L("Hate crime offences rose to 45")],
         ("Residential burglary", "ytd"): [d.L("with 159 offences in the year")]}
inds = []
for name, q1, q2, ytd, ly, rag, anc in T:
    ln = d.L(anc)
    inds += [ind(name, q1, "Q1 2025/26", ln, locations=notes.get((name, "q1"))),
             ind(name, q2, "Q2 2025/26", ln, locations=notes.get((name, "q2"))),
             ind(name, ytd, "2025/26 year to date (Q1-Q2)", ln, rag=RAG[rag], locations=notes.get((name, "ytd")))]
write(d,
      parts=[part("performance_report", "Kelby and Harrowdale Community Safety Partnership Performance Report: Quarter 2 "
                  "2025/26 (for the Partnership Strategic Board, 23 October 2025)", 1, d.last, "2025-10-23")],
      indicators=inds,
      tables=[table("Table A: Partnership indicators", d.L("Indicator                 "), d.L("Hate crime offences  "),
                    ["Indicator", "Q1 25/26", "Q2 25/26", "Q3 25/26", "Q4 25/26", "YTD", "Same period last year", "RAG"],
                    [[n, q1, q2, "-", "-", ytd, ly, rag] for n, q1, q2, ytd, ly, rag, _ in T])],
      )

# ---------------------------------------------------------------------------------------------------------
# 17 Brackmoor PCC letter answering the Panel's questions (numbered questions, one answer paragraph each)
d = Doc("17_brackmoor-pcc-letter-to-panel-2025-10-06.txt")
qs = [("How many officers have been trained in trauma-informed interviewing since April 2025?", "1. How many",
       "By the end of September, 318"),
      ("What has the Commissioner done to reduce the time victims wait for a call back on 101?", "2. What has",
       "I have funded eight"),
      ("Why has the drone pilot in Fellside been extended, and what will it cost?", "3. Why has",
       "The pilot was extended"),
      ("Will the Commissioner publish the Safer Streets Fund breakdown by district?", "4. Will the",
       "Yes. The breakdown")]
write(d,
      parts=[part("letter", "Letter from Angela Nwosu, Police and Crime Commissioner for Brackmoor, to the Chair of the "
                  "Brackmoor Police and Crime Panel, 6 October 2025 (questions from the meeting on 4 September 2025)",
                  1, d.last, "2025-10-06")],
      letters=[{"date": "2025-10-06", "from_name": "Angela Nwosu", "from_role": "Police and Crime Commissioner for Brackmoor",
                "to_name": "Joan Ashworth", "to_role": "Chair, Brackmoor Police and Crime Panel",
                "subject": "Questions from the Police and Crime Panel meeting on 4 September 2025",
                "responds_to_meeting_date": "2025-09-04", "start_line": 1, "end_line": d.last,
                "questions": [{"text": t, "line": d.L(qa), "answer_line": d.L(aa)} for t, qa, aa in qs]}],
      commitments=[
          com("I will report the figures to the Panel each quarter.", "101 call backs", d.L("I will report the figures")),
          com("Harlow Fell District Council has not yet provided its figures; I will publish the full breakdown as soon "
              "as they are received.", "Safer Streets Fund breakdown", d.L("yet provided its figures; I will publish")),
      ],
      indicators=[
          ind("Officers trained in trauma-informed interviewing", 318, "April-September 2025",
              d.L("By the end of September, 318")),
          ind("Average wait for a 101 call back (minutes)", 41, "June 2025", d.L("call back fell from 41 minutes")),
          ind("Average wait for a 101 call back (minutes)", 27, "September 2025", d.L("call back fell from 41 minutes")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 18 Norbury Combined Authority Mayor's Question Time written answers ("Ref:", "From:", "To:", "Q." / "A.")
d = Doc("18_norbury-mayors-questions-policing-2025-11.txt")
write(d,
      parts=[part("other", "Mayor's Question Time - Policing and Crime: written questions and answers, November 2025 "
                  "(Norbury Combined Authority)", 1, d.last, "2025-11")],
      questions=[
          {"to": "The Mayor", "text": "How many police officers were assigned to neighbourhood teams in Lowmoor on "
           "30 September 2025, and how does this compare with a year earlier?", "line": d.L("Q. How many police"),
           "ref": "MQ/25/118", "asked_by": "Farah Qureshi", "answer_line": d.L("A. On 30 September")},
          {"to": "The Mayor", "text": "Will the Mayor reopen the Thornbury police front counter, which closed in August?",
           "line": d.L("Q. Will the Mayor"), "ref": "MQ/25/119", "asked_by": "Peter Hallam",
           "answer_line": d.L("A. There are no plans")},
          {"to": "The Deputy Mayor for Policing and Crime", "text": "What proportion of 101 calls were abandoned in "
           "October 2025?", "line": d.L("Q. What proportion"), "ref": "MQ/25/124", "asked_by": "Kevin Dunmore",
           "answer_line": d.L("A. 14.2%")},
          {"to": "The Deputy Mayor for Policing and Crime", "text": "Can the Deputy Mayor set out the cost of the "
           "Violence Reduction Partnership for 2026/27?", "line": d.L("Q. Can the Deputy Mayor"), "ref": "MQ/25/127",
           "asked_by": "Graham Sillitoe", "answer_line": d.L("A. Holding answer")},
      ],
      indicators=[
          ind("Police officers in Lowmoor neighbourhood teams", 122, "30 September 2025", d.L("A. On 30 September")),
          ind("Police officers in Lowmoor neighbourhood teams", 109, "30 September 2024", d.L("109 on 30 September 2024")),
          ind("101 calls abandoned (%)", 14.2, "October 2025", d.L("A. 14.2%"), target="no more than 10%"),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 19 Tamarfield FRA summons and agenda front sheet (membership block, "You are hereby summoned", Part 1 / Part 2)
d = Doc("19_tamarfield-fra-summons-agenda-2025-07-10.txt")
items = [("1", "Apologies for absence"), ("2", "Declarations of interest"),
         ("3", "Minutes of the meeting held on 3 April 2025"), ("4", "Chair's announcements"),
         ("5", "On-call duty system - outcome of consultation"), ("6", "Statement of Assurance 2024/25"),
         ("7", "Treasurer's outturn report 2024/25"), ("8", "Police and fire collaboration - annual report"),
         ("9", "Exclusion of the press and public"),
         ("10", "Contract award - breathing apparatus replacement (exempt)")]
write(d,
      parts=[part("agenda", "Summons and agenda: Tamarfield Fire and Rescue Authority, 10 July 2025", 1, d.last,
                  "2025-07-10")],
      meetings=[meeting("Tamarfield Fire and Rescue Authority", "2025-07-10", d.L("You are hereby summoned"), "10:30",
                        "Service Headquarters, Moorgate Road, Tamarfield", "Derek Penhallow",
                        agenda_items=[{"number": n, "title": t} for n, t in items])],
      )

# ---------------------------------------------------------------------------------------------------------
# 20 Wyvernshire PFCP recommendations monitor: tab tables (Rec / Recommendation / response / progress / RAG);
# each row restates the recommendation in full (a recommendation) and reports progress (an update)
d = Doc("20_wyvernshire-pfcp-recommendations-monitor-2025-09.txt")
RF = "Wyvernshire Police, Fire and Crime Panel report on the Commissioner's Fire and Rescue Plan (November 2024)"
RV = "Wyvernshire Police, Fire and Crime Panel review of the Victims' Code (March 2025)"
rows = [(RF, "FR1", "The Commissioner should publish a costed plan for the replacement of the fire appliance fleet.",
         "Commissioner", "BLUE"),
        (RF, "FR2", "The Commissioner should set a target for on-call appliance availability and report against it to "
         "the Panel each quarter.", "Commissioner", "GREEN"),
        (RF, "FR3", "The Commissioner should review the case for merging the police and fire control rooms, and share "
         "the business case with the Panel.", "Commissioner", "AMBER"),
        (RV, "VC1", "The OPFCC should audit compliance with the Victims' Code every six months and publish the results.",
         "OPFCC", "BLUE"),
        (RV, "VC2", "Wyvernshire Police should give every victim a named point of contact for the life of the "
         "investigation.", "Wyvernshire Police", "RED")]
cols = ["Rec", "Recommendation", "Commissioner's response", "Progress at September 2025", "RAG"]
write(d,
      parts=[part("report", "Monitoring the Panel's Recommendations (Wyvernshire Police, Fire and Crime Panel, Agenda "
                  "Item 8, 25 September 2025)", 1, d.last, "2025-09-25")],
      recommendations=[rec(r, n, t, a, d.L(n + "\t")) for r, n, t, a, _ in rows],
      recommendation_updates=[upd(n, t, s, d.L(n + "\t"), d.L(n + "\t")) for _, n, t, _, s in rows],
      tables=[table("Table 1: Fire and Rescue Plan report (November 2024)", d.L("Rec\tRecommendation", 1),
                    d.L("FR3\t"), cols),
              table("Table 2: Review of the Victims' Code (March 2025)", d.L("Rec\tRecommendation", 2), d.L("VC2\t"),
                    cols)],
      )

if __name__ == "__main__":
    for name, ln, anchor, text in LOG:
        print(f"{name[:24]:24} {ln:4}  [{anchor[:28]:28}]  {text[:90]}")
    print(len(list(GOLD.glob('*.json'))), "gold files written")
