#!/usr/bin/env python3
"""Build tests/genre/gold/<stem>.json from the annotations below.

Every line number is found from an anchor string (a piece of text that occurs on exactly one line of the
document, or the n-th occurrence when given as (anchor, n)), so the gold stays right if a document is edited.
Run:  python3 tests/genre/tools/make_gold.py        (writes the gold files and prints each anchored line)
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"


sys.path.insert(0, str(ROOT.parent))  # tests/: the shared anchoring and writing
from goldkit import LOG, a, corpus, meeting, part, mi, res, com, table  # noqa: E402,F401


Doc, write = corpus(ROOT)


def act(date, item, text, owner, line, person=None, status=None, deadline=None, locations=None):
    d = {"meeting_date": date, "minute_item": item, "text": text, "owner": owner, "person": person,
         "status": status, "deadline": deadline, "line": line}
    if locations:
        d["locations"] = sorted(set(locations))
    return d


def ind(name, value, period, line, code=None, target=None, rag=None, locations=None):
    d = {"code": code, "name": name, "period": period, "value": value, "target": target, "rag": rag, "line": line}
    if locations:
        d["locations"] = sorted(set(locations))
    return d


def rec(report, number, text, addressee, line, locations=None):
    d = {"report": report, "number": number, "text": text, "addressee": addressee, "line": line}
    d["locations"] = sorted(set(locations or [line]))
    return d


# ---------------------------------------------------------------------------------------------------------
# 01 Severnmoor Police and Crime Panel minutes, 14 November 2024 (PCP/24/nn numbering)
d = Doc("01_severnmoor-pcp-minutes-2024-11-14.txt")
D = "2024-11-14"
write(d,
      parts=[part("minutes", "Minutes of the Severnmoor Police and Crime Panel, 14 November 2024 (PCP/24/13-22)",
                  d.L("SEVERNMOOR POLICE AND CRIME PANEL"), d.L("Page 3 of 4"), D)],
      meetings=[meeting("Severnmoor Police and Crime Panel", D, d.L("MINUTES of a meeting"), "10:30",
                        "Council Chamber, Shire Hall, Castle Street, Ludford, SY9 4QT", "Margaret Oyelaran",
                        ["Margaret Oyelaran", "Peter Stanway", "Aled Prosser", "Susan Tremlett", "Imran Siddiqui",
                         "Fiona McBride", "Desmond Okafor", "Judith Harker"],
                        ["Tom Vesey", "Lynne Goddard"])],
      minute_items=[
          mi(D, "PCP/24/13", "APOLOGIES AND SUBSTITUTIONS", None, d.L("PCP/24/13")),
          mi(D, "PCP/24/14", "DECLARATIONS OF INTEREST", None, d.L("PCP/24/14")),
          mi(D, "PCP/24/15", "MINUTES OF THE PREVIOUS MEETING", "approved", d.L("PCP/24/15")),
          mi(D, "PCP/24/16", "PUBLIC QUESTIONS", None, d.L("PCP/24/16")),
          mi(D, "PCP/24/17", "COMMISSIONER'S UPDATE - VIOLENCE AGAINST WOMEN AND GIRLS", "noted",
             d.L("PCP/24/17   COMMISSIONER")),
          mi(D, "PCP/24/18", "PERFORMANCE REPORT - QUARTER 2 2024/25", "noted", d.L("PCP/24/18")),
          mi(D, "PCP/24/19", "PRECEPT PROCESS 2025/26 AND MEDIUM TERM FINANCIAL PLAN", "noted", d.L("PCP/24/19")),
          mi(D, "PCP/24/20", "COMPLAINTS AGAINST THE COMMISSIONER", "noted", d.L("PCP/24/20")),
          mi(D, "PCP/24/21", "WORK PROGRAMME", "agreed", d.L("PCP/24/21")),
          mi(D, "PCP/24/22", "DATE OF NEXT MEETING", None, d.L("PCP/24/22")),
      ],
      resolutions=[
          res(D, "PCP/24/15", "That the minutes of the meeting held on 12 September 2024 be approved as a correct "
              "record and signed by the Chair.", d.L("RESOLVED: That the minutes")),
          res(D, "PCP/24/17", "the update on the violence against women and girls priority be noted; and",
              d.L("(a)  the update on the violence")),
          res(D, "PCP/24/17", "the Panel's VAWG task and finish group be asked to report its findings to the meeting "
              "of the Panel in March 2025.", d.L("(b)  the Panel's VAWG")),
          res(D, "PCP/24/18", "notes the performance report for Quarter 2 2024/25;", d.L("(a)  notes the performance")),
          res(D, "PCP/24/18", "asks the Commissioner to include the 101 call abandonment rate in all future "
              "performance reports to the Panel; and", d.L("(b)  asks the Commissioner")),
          res(D, "PCP/24/18", "records its concern at the deterioration in 101 call handling.",
              d.L("(c)  records its concern")),
          res(D, "PCP/24/19", "That the precept timetable be noted and that the Panel meets on 6 February 2025 to "
              "review the Commissioner's proposed precept.", d.L("RESOLVED: That the precept")),
          res(D, "PCP/24/21", "That the work programme be agreed, subject to the addition of an item on rural and "
              "wildlife crime at the meeting in June 2025.", d.L("RESOLVED: That the work programme")),
      ],
      actions=[
          act(D, "PCP/24/16", "A written reply would be sent to Mr Brierley.", "OPCC", d.L("A written reply would"),
              person="Rachel Tennant"),
          act(D, "PCP/24/17", "The Commissioner undertook to circulate the independent evaluation of the Safer Nights "
              "pilot to Panel members once it had been published.", "OPCC", d.L("The Commissioner undertook to circulate"),
              person="Rachel Tennant", deadline="once published",
              locations=[d.L("The Commissioner undertook to circulate"), d.L("ACTION: OPCC", 1)]),
          act(D, "PCP/24/17", "He agreed to provide a breakdown of domestic abuse arrest rates by local policing area "
              "for the last two years.", "Severnmoor Police", d.L("He agreed to provide a breakdown"),
              person="Andrew Pryce QPM",
              locations=[d.L("He agreed to provide a breakdown"), d.L("ACTION: Chief Constable", 1)]),
          act(D, "PCP/24/18", "He would write to members setting out the recovery plan for the 101 service, with "
              "milestones, before the next meeting of the Panel.", "Severnmoor Police", d.L("He would write to members"),
              person="Andrew Pryce QPM", deadline="before the next meeting of the Panel",
              locations=[d.L("He would write to members"), d.L("ACTION: Chief Constable", 2)]),
          act(D, "PCP/24/18", "OPCC to add the 101 call abandonment rate to the quarterly performance report from "
              "Quarter 3.", "OPCC", d.L("ACTION: OPCC to add"), deadline="Quarter 3"),
          act(D, "PCP/24/19", "the Commissioner undertook to share the results of the precept consultation survey "
              "with Panel members by 31 January 2025.", "OPCC", d.L("the Commissioner undertook to share"),
              person="Rachel Tennant", deadline="2025-01-31"),
      ],
      questions=[{"to": "Police and Crime Commissioner", "asked_by": "Owen Brierley",
                  "text": "Can the Commissioner explain why the Kingsholt police front counter has been closed on "
                          "Saturdays since July, and say when weekend opening will be restored?",
                  "line": d.L('"Can the Commissioner explain')}],
      indicators=[
          ind("Average time to answer 101 calls", None, "Q2 2024/25", d.L("average time taken to answer 101"),
              target="3 minutes"),
          ind("101 calls abandoned (%)", 38, "September 2024", d.L("38 per cent of 101 calls")),
          ind("Domestic abuse arrest rate (force-wide)", 31, "last twelve months", d.L("force-wide arrest rate")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 02 Cheviot Police, Fire and Crime Panel minutes, 6 February 2025 ("23." numbering)
d = Doc("02_cheviot-pfcp-minutes-2025-02-06.txt")
D = "2025-02-06"
write(d,
      parts=[part("minutes", "Minutes of the Cheviot Police, Fire and Crime Panel, 6 February 2025 (minutes 21-28)",
                  1, d.L("CHAIR ......"), D)],
      meetings=[meeting("Cheviot Police, Fire and Crime Panel", D, d.L("At a meeting of the Cheviot"), "14:00",
                        "County Hall, Alnmere", "B. Hetherington",
                        ["B. Hetherington", "J. Armstrong", "K. Dunmore", "L. Fairbairn", "R. Kapoor", "S. Lindqvist",
                         "P. Wardle", "A. Mensah", "C. Robson"],
                        ["T. Ogle", "M. Bell"], ["P. Wardle"])],
      minute_items=[
          mi(D, "21", "APOLOGIES", None, d.L("21.     APOLOGIES")),
          mi(D, "22", "DECLARATIONS OF INTEREST", None, d.L("22.     DECLARATIONS")),
          mi(D, "23", "MINUTES", "confirmed as a correct record", d.L("23.     MINUTES")),
          mi(D, "24", "PROPOSED POLICE PRECEPT 2025/26", "supported (resolved unanimously)", d.L("24.     PROPOSED")),
          mi(D, "25", "PROPOSED FIRE AND RESCUE PRECEPT 2025/26", "supported", d.L("25.     PROPOSED")),
          mi(D, "26", "POLICE AND CRIME PLAN - ANNUAL DELIVERY REPORT", "noted", d.L("26.     POLICE")),
          mi(D, "27", "PANEL WORK PROGRAMME", "approved", d.L("27.     PANEL")),
          mi(D, "28", "DATE AND TIME OF NEXT MEETING", None, d.L("28.     DATE")),
      ],
      resolutions=[
          res(D, "24", "That the Panel supports the proposed police precept of GBP 301.47 for a Band D property for "
              "2025/26, without qualification or comment.", d.L("(a)   That the Panel supports")),
          res(D, "24", "That the Scrutiny Officer issues the Panel's report to the Commissioner by 8 February 2025.",
              d.L("(b)   That the Scrutiny Officer")),
          res(D, "25", "That the Panel supports the proposed fire and rescue precept of GBP 88.12 for a Band D property "
              "for 2025/26, and recommends that the Commissioner publishes the on-call retention figures alongside "
              "the precept.", d.L("RESOLVED: That the Panel supports the proposed fire")),
          res(D, "26", "That the annual delivery report be noted.", d.L("RESOLVED: That the annual delivery")),
          res(D, "27", "That the work programme be approved.", d.L("RESOLVED: That the work programme")),
      ],
      actions=[
          act(D, "24", "She agreed to provide members with a schedule of the savings by programme.", "OPFCC",
              d.L("She agreed"), person="Mrs H. Lister"),
          act(D, "24", "The Commissioner said that no decision had been taken and that he would write to members once "
              "the estates review had concluded in the spring.", "OPFCC", d.L("Wooler Road police station. The Commissioner"),
              person="D. Reeve", deadline="spring"),
          act(D, "25", "The Commissioner agreed to provide a note on on-call firefighter recruitment and retention over "
              "the last three years.", "OPFCC", d.L("The Commissioner agreed to provide a"), person="D. Reeve"),
          act(D, "26", "The Deputy Chief Constable undertook to provide a written explanation of the change in the size "
              "of the rural crime team and its effect on response times in the Glendale area.", "Cheviot Constabulary",
              d.L("rural crime team had been reduced"), person="S. Okonjo"),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 03 Cheviot PFCP agenda front sheet, 19 June 2025
d = Doc("03_cheviot-pfcp-agenda-2025-06-19.txt")
D = "2025-06-19"
items = [("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"), ("3", "MINUTES"), ("4", "PUBLIC QUESTIONS"),
         ("5", "ACTIONS TRACKER"), ("6", "COMMISSIONER'S ANNUAL REPORT 2024/25"),
         ("7", "RURAL CRIME TEAM - WRITTEN EXPLANATION"), ("8", "COMPLAINTS AGAINST THE COMMISSIONER - ANNUAL SUMMARY"),
         ("9", "WORK PROGRAMME 2025/26"), ("10", "DATE OF NEXT MEETING")]
write(d,
      parts=[part("agenda", "Agenda front sheet and agenda: Cheviot Police, Fire and Crime Panel, 19 June 2025",
                  d.L("Alnmere County Council", 1), d.L("public; please see"), D)],
      meetings=[meeting("Cheviot Police, Fire and Crime Panel", D, d.L("held in the Council Chamber"), "14:00",
                        "Council Chamber, County Hall, Alnmere", "B. Hetherington",
                        agenda_items=[{"number": n, "title": t} for n, t in items])],
      )

# ---------------------------------------------------------------------------------------------------------
# 04 Severnmoor PCP actions log (tab-separated), for the meeting of 6 February 2025
d = Doc("04_severnmoor-pcp-action-log-2025-02.txt")
rows = [
    ("A24/09", "2024-07-18", "PCP/24/08", "Provide the number of officers trained in the use of the new mobile "
     "fingerprint devices, by local policing area", "Severnmoor Police", "2024-09-12", "Complete"),
    ("A24/11", "2024-07-18", "PCP/24/10", "Share the terms of reference of the Commissioner's review of custody "
     "healthcare provision", "OPCC", "2024-09-12", "Complete"),
    ("A24/14", "2024-09-12", "PCP/24/05", "Provide an update on recruitment of Police Community Support Officers "
     "against the Plan target of 180", "Severnmoor Police", "2024-11-14", "Overdue"),
    ("A24/15", "2024-09-12", "PCP/24/06", "Arrange an informal briefing for members on the estates strategy", "OPCC",
     "2024-12-31", "Complete"),
    ("A24/16", "2024-09-12", "PCP/24/09", "Panel Support Officer to confirm the membership of the VAWG task and "
     "finish group", "Panel Support Officer", "2024-11-14", "Complete"),
    ("A24/17", "2024-11-14", "PCP/24/17", "Circulate the independent evaluation of the Safer Nights pilot once "
     "published", "OPCC", "TBC", "Open"),
    ("A24/18", "2024-11-14", "PCP/24/17", "Provide a breakdown of domestic abuse arrest rates by local policing area "
     "for the last two years", "Severnmoor Police", "2025-02-06", "Complete"),
    ("A24/19", "2024-11-14", "PCP/24/18", "Write to members with the 101 recovery plan, with milestones",
     "Severnmoor Police", "2025-02-06", "Complete"),
    ("A24/20", "2024-11-14", "PCP/24/18", "Add the 101 call abandonment rate to the quarterly performance report",
     "OPCC", "Q3 report", "In progress"),
    ("A24/21", "2024-11-14", "PCP/24/19", "Share the results of the precept consultation survey with Panel members",
     "OPCC", "2025-01-31", "Complete"),
    ("A23/31", "2024-03-07", "PCP/23/41", "Report back on the outcome of the HMICFRS inspection of crime data "
     "integrity when published", "Severnmoor Police", "Upon publication", "Open"),
]
write(d,
      parts=[part("action_list", "Actions log: Severnmoor Police and Crime Panel, 6 February 2025 (Agenda Item 5)",
                  1, d.L("Page 2 of 2"), "2025-02-06")],
      actions=[act(m, mn, t, o, d.L(ref + "\t"), status=s, deadline=dl) for ref, m, mn, t, o, dl, s in rows],
      tables=[table("Actions log (as at 27 January 2025)", d.L("Ref\tMeeting", 1), d.L("A24/21\t"),
                    ["Ref", "Meeting", "Minute", "Action", "Owner", "Due date", "Status", "Update"]),
              table("Actions carried forward from 2023/24", d.L("Ref\tMeeting", 2), d.L("A23/31\t"),
                    ["Ref", "Meeting", "Minute", "Action", "Owner", "Due date", "Status", "Update"])],
      )

# ---------------------------------------------------------------------------------------------------------
# 05 Ashbury Borough Council Community Safety Scrutiny Committee minutes (ModernGov style), 21 January 2025
d = Doc("05_ashbury-community-safety-scrutiny-minutes-2025-01-21.txt")
D = "2025-01-21"
write(d,
      parts=[part("minutes", "Minutes of the Community Safety Scrutiny Committee (Ashbury Borough Council), "
                  "21 January 2025 (minutes 44-51)", 1, d.L("Printed on Tuesday"), D)],
      meetings=[meeting("Community Safety Scrutiny Committee", D, d.L("MINUTES OF THE MEETING OF THE COMMUNITY"),
                        "19:00", "Committee Room 2, Ashbury Civic Centre, Market Square, Ashbury, AB4 7HJ",
                        "Helen Brook",
                        ["Helen Brook", "Daniel Achterberg", "Lorraine Keane", "Samir Haddad", "Jack Pemberton",
                         "Olu Adeyemi", "Stephen Marlow"],
                        ["Vikram Bhatt"])],
      minute_items=[
          mi(D, "44", "APOLOGIES FOR ABSENCE", None, d.L("44.     APOLOGIES")),
          mi(D, "45", "DECLARATIONS OF INTEREST", None, d.L("45.     DECLARATIONS")),
          mi(D, "46", "MINUTES OF THE PREVIOUS MEETING", "agreed", d.L("46.     MINUTES")),
          mi(D, "47", "EASTMARCH POLICE - NEIGHBOURHOOD POLICING UPDATE", "noted", d.L("47.     EASTMARCH")),
          mi(D, "48", "ANTI-SOCIAL BEHAVIOUR - PUBLIC SPACES PROTECTION ORDER REVIEW", "agreed", d.L("48.     ANTI")),
          mi(D, "49", "COMMUNITY SAFETY PARTNERSHIP PERFORMANCE - QUARTER 2 2024/25", "noted", d.L("49.     COMMUNITY")),
          mi(D, "50", "WORK PROGRAMME", "agreed", d.L("50.     WORK")),
          mi(D, "51", "ANY OTHER BUSINESS", None, d.L("51.     ANY")),
      ],
      resolutions=[
          res(D, "46", "that the minutes of the meeting held on 12 November 2024 be approved as a correct record.",
              d.L("AGREED that the minutes")),
          res(D, "47", "NOTED the neighbourhood policing update.", d.L("NOTED the neighbourhood")),
          res(D, "48", "to recommend to Cabinet that the town centre PSPO be renewed for a further three years;",
              d.L("i)  to recommend")),
          res(D, "48", "to recommend to Cabinet that the extension of the PSPO to Riverside Park be deferred until "
              "further evidence of anti-social behaviour in the park is available.", d.L("ii) to recommend")),
          res(D, "50", "that the work programme be approved, with the addition of a session on shoplifting and retail "
              "crime in April 2025.", d.L("AGREED that the work programme")),
      ],
      actions=[
          act(D, "47", "Superintendent Rahman agreed to provide ward-level figures for response times to emergency calls "
              "in the rural wards of Fenbury and Little Hatch.", "Eastmarch Police", d.L("Superintendent Rahman agreed"),
              person="Superintendent Nadia Rahman"),
          act(D, "47", "Chief Inspector Brandt undertook to invite members to observe a town centre weekend patrol before "
              "the end of March.", "Eastmarch Police", d.L("Chief Inspector Brandt undertook"),
              person="Chief Inspector Ollie Brandt", deadline="before the end of March"),
          act(D, "47", "The Superintendent undertook to report back on the PCSO recruitment campaign at the next meeting.",
              "Eastmarch Police", d.L("The Superintendent undertook"), person="Superintendent Nadia Rahman",
              deadline="next meeting"),
          act(D, "48", "Officers agreed to publish the Equality Impact Assessment before the Cabinet meeting on "
              "11 March 2025.", "Ashbury Borough Council", d.L("Officers agreed to publish"), deadline="2025-03-11"),
          act(D, "49", "The Head of Community Safety would circulate a briefing note on the reasons for the increase.",
              "Ashbury Borough Council", d.L("The Head of Community Safety would"), person="Karen Doyle"),
      ],
      indicators=[
          ind("Knife crime offences", 48, "nine months to December 2024", d.L("Knife crime offences had fallen")),
          ind("Domestic abuse repeat referral rate to MARAC", 41, "Q2 2024/25", d.L("repeat referral rate to MARAC"),
              target="28-40%"),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 06 London Assembly style agenda + Summary List of Actions, 12 March 2025
d = Doc("06_assembly-pcc-agenda-2025-03-12.txt")
D = "2025-03-12"
items = [("1", "Apologies for Absence and Announcements by the Chair"), ("2", "Declarations of Interests"), ("3", "Minutes"),
         ("4", "Summary List of Actions"), ("5", "Question and Answer Session: Custody and Detention in London"),
         ("6", "Police and Crime Committee Work Programme"), ("7", "Date of Next Meeting"),
         ("8", "Any Other Business the Chair Considers Urgent")]
F, J = "2025-02-05", "2025-01-15"
write(d,
      parts=[part("agenda", "Agenda: Police and Crime Committee, Wednesday 12 March 2025 (front sheet and items 1-8)",
                  1, d.L("8     Any Other Business"), D),
             part("action_list", "Summary List of Actions (Agenda Item 4, report of the Executive Director of "
                  "Secretariat)", d.L("Agenda Item 4"), d.L("E-mail: ines"), D)],
      meetings=[meeting("Police and Crime Committee", D, d.L("Meeting:    Police"), "10:00",
                        "Chamber, City Hall, Kamal Chunchie Way, London, E16 1ZE", "Marcus Ellery AM",
                        agenda_items=[{"number": n, "title": t} for n, t in items])],
      actions=[
          act(F, "5", "During the discussion, the Deputy Commissioner agreed to provide the Committee with the number "
              "of officers currently on restricted duties, broken down by reason.", "MPS", d.L("restricted duties"),
              person="The Deputy Commissioner", status="In progress. A response has been requested.", deadline="n/a"),
          act(F, "5", "The Deputy Mayor for Policing and Crime agreed to share with the Committee the evaluation "
              "framework for the New Met for London neighbourhood model.", "MOPAC", d.L("evaluation framework"),
              person="The Deputy Mayor for Policing and Crime",
              status="Completed. The letter from the Deputy Mayor is attached at Appendix 1.", deadline="n/a"),
          act(F, "7", "The Committee delegated authority to the Chair, in consultation with party Group Lead Members, to "
              "agree the terms of reference for the investigation into custody and detention.", "Chair",
              d.L("delegated authority"), person="Chair",
              status="Completed. The terms of reference are set out in the report at Agenda Item 5.", deadline="n/a"),
          act(J, "6", "Commander Leanne Ashe agreed to write to the Committee with the proportion of use of force "
              "incidents in which body-worn video was activated, by ethnicity of the subject.", "MPS",
              d.L("Commander Leanne Ashe agreed"), person="Commander Leanne Ashe",
              status="Outstanding. The MPS has advised that a response will be provided by the end of March 2025.",
              deadline="2025-03-31"),
          act(J, "6", "Commander Ashe also undertook to provide details of the training given to officers on the use of "
              "handcuffs on children under 12.", "MPS", d.L("Commander Ashe also undertook"),
              person="Commander Leanne Ashe", status="Completed. The letter from the MPS is attached at Appendix 2.",
              deadline="n/a"),
          act(J, "6", "The Chief Executive of MOPAC agreed to provide a copy of the terms of reference of the MOPAC Use "
              "of Force Oversight Board.", "MOPAC", d.L("The Chief Executive of MOPAC agreed"),
              person="The Chief Executive of MOPAC",
              status="Completed. Published on the MOPAC website on 30 January 2025.", deadline="n/a"),
      ],
      tables=[table("Actions arising from the meeting of 5 February 2025", d.L("Minute no.\tAction required", 1),
                    d.L("delegated authority"),
                    ["Minute no.", "Action required", "Status", "Action by", "Deadline (if any)"]),
              table("Actions arising from the meeting of 15 January 2025", d.L("Minute no.\tAction required", 2),
                    d.L("The Chief Executive of MOPAC agreed"),
                    ["Minute no.", "Action required", "Status", "Action by", "Deadline (if any)"]),
              table("Additional correspondence", d.L("Appendix 3\tLetter"), d.L("Appendix 3\tLetter"), [])],
      )

# ---------------------------------------------------------------------------------------------------------
# 07 House of Commons Home Affairs Committee report extract: Conclusions and recommendations
d = Doc("07_hoc-hac-neighbourhood-policing-report-extract.txt")
R = "Neighbourhood policing: rebuilding local trust (HAC Fourth Report of Session 2024-25, HC 512)"
write(d,
      parts=[part("report", "Neighbourhood policing: rebuilding local trust - Home Affairs Committee, Fourth Report of "
                  "Session 2024-25 (extract: chapter 2 and Conclusions and recommendations)", 1,
                  d.L("confidence.** (Paragraph 53)"), "2025-04-15"),
             part("minutes", "Formal minutes, Home Affairs Committee, Tuesday 8 April 2025", d.L("Formal minutes"),
                  d.L("[Adjourned"), "2025-04-08")],
      meetings=[meeting("Home Affairs Committee", "2025-04-08", d.L("Tuesday 8 April 2025"), None, None,
                        "Dame Harriet Coles",
                        ["Dame Harriet Coles", "Ben Oduya", "Lisa Marchetti", "Graham Tyrell", "Anjali Varma"])],
      resolutions=[res("2025-04-08", None, "That the Report be the Fourth Report of the Committee to the House.",
                       d.L("Resolved, That the Report"))],
      recommendations=[
          rec(R, "2", "We recommend that the Home Office, working with the College of Policing, publishes a national "
              "definition of a neighbourhood officer by March 2026, and requires every force to report against it in "
              "the annual police workforce statistics.", "Home Office", d.L("18. **We recommend"),
              [d.L("18. **We recommend"), d.L("2.   **We recommend")]),
          rec(R, "3", "Forces should record every abstraction and report the total to their Police and Crime "
              "Commissioner each quarter.", "Police forces", d.L("**Forces should record", 1),
              [d.L("**Forces should record", 1), d.L("**Forces should record", 2)]),
          rec(R, "5", "The National Police Chiefs' Council should develop, within twelve months of this report, a "
              "minimum standard for neighbourhood engagement, including a named contact for every ward and a "
              "published response time for non-emergency contact.", "National Police Chiefs' Council",
              d.L("5.   **The National")),
          rec(R, "6", "We recommend that the Home Office funds an independent evaluation of the Neighbourhood Policing "
              "Guarantee and publishes its findings before the next Spending Review.", "Home Office",
              d.L("6.   **We recommend")),
          rec(R, "8", "The Home Office should require all forces to publish 101 answer times and abandonment rates each "
              "month, in a common format, from April 2026.", "Home Office", d.L("8.   **The Home Office")),
          rec(R, "9", "The Government must set out, in its response to this report, a timetable for reviewing the "
              "formula.", "Government", d.L("**The Government must")),
          rec(R, "10", "The Government should confirm that this funding will continue beyond 2026-27, so that forces can "
              "recruit with confidence.", "Government", d.L("**The Government should confirm")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 08 Government response letter, recommendation by recommendation
d = Doc("08_home-office-response-letter-2025-06-12.txt")
recs = [("2", "We recommend that the Home Office, working with the College of Policing, publishes a national definition "
         "of a neighbourhood officer by March 2026, and requires every force to report against it in the annual police "
         "workforce statistics.", "Home Office", "We recommend that the Home Office, working", "Recommendation 2",
         "accepted"),
        ("3", "Forces should record every abstraction and report the total to their Police and Crime Commissioner each "
         "quarter.", "Police forces", "Forces should record", "Recommendation 3", "partially accepted"),
        ("5", "The National Police Chiefs' Council should develop, within twelve months of this report, a minimum "
         "standard for neighbourhood engagement, including a named contact for every ward and a published response "
         "time for non-emergency contact.", "National Police Chiefs' Council", "The National Police Chiefs' Council should",
         "Recommendation 5", "accepted (by the NPCC)"),
        ("6", "We recommend that the Home Office funds an independent evaluation of the Neighbourhood Policing Guarantee "
         "and publishes its findings before the next Spending Review.", "Home Office",
         "We recommend that the Home Office funds", "Recommendation 6", "accepted in principle"),
        ("8", "The Home Office should require all forces to publish 101 answer times and abandonment rates each month, in "
         "a common format, from April 2026.", "Home Office", "The Home Office should require", "Recommendation 8",
         "not accepted"),
        ("9", "The Government must set out, in its response to this report, a timetable for reviewing the formula.",
         "Government", "The Government must set out", "Recommendations 9 and 10", "noted"),
        ("10", "The Government should confirm that this funding will continue beyond 2026-27, so that forces can recruit "
         "with confidence.", "Government", "The Government should confirm", None, None)]
responses = []
resp_lines = [d.L("Response:", i) for i in range(1, 7)]
heads = [x for x in recs if x[4]]
for (num, _, _, _, head, stance), rl in zip(heads, resp_lines):
    responses.append({"topic": head, "responds_to": f"{head} of HC 512", "stance": stance,
                      "start_line": d.L(head) if head != "Recommendation 2" else d.L("Recommendation 2"),
                      "line": rl})
write(d,
      parts=[part("letter", "Letter from the Minister of State for Policing and Crime Prevention to the Chair of the "
                  "Home Affairs Committee, 12 June 2025: Government response to HC 512", 1,
                  d.L("RT HON SARAH PENHALLOW MP"), "2025-06-12")],
      letters=[{"date": "2025-06-12", "from_name": "Sarah Penhallow MP",
                "from_role": "Minister of State for Policing and Crime Prevention",
                "to_name": "Dame Harriet Coles MP", "to_role": "Chair, Home Affairs Committee",
                "subject": "Neighbourhood policing: rebuilding local trust - Government response",
                "responds_to_meeting_date": None, "start_line": 1, "end_line": d.L("RT HON SARAH PENHALLOW MP"),
                "questions": []}],
      recommendations=[rec(R, n, t, ad, d.L(anc)) for n, t, ad, anc, _, _ in recs],
      responses=responses,
      # The responder's own undertakings in its answers, as in seed 003 (a letter answering the Committee) and
      # tests/genre3 document 12: active "X will" sentences only. Not counted: passive forecasts ("interim findings
      # will be published", "the final definition will be issued") and another body's reported decision ("The NPCC
      # has informed the Home Office that it … will publish").
      commitments=[com("Operational deployment is a matter for chief constables, but the Home Office will ask His "
                       "Majesty's Inspectorate of Constabulary and Fire & Rescue Services to include abstraction in its "
                       "next thematic inspection of neighbourhood policing.", "Recommendation 3",
                       d.L("Operational deployment is a")),
                   com("The Home Office will instead publish national 101 performance data each quarter from October "
                       "2025.", "Recommendation 8", d.L("The Home Office will instead publish")),
                   com("The review of the police funding formula will be taken forward as part of the Spending Review, "
                       "and the Government will set out the timetable when the Spending Review concludes.",
                       "Recommendations 9 and 10", d.L("The review of the police funding formula"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 09 Mayor's Question Time written answers
d = Doc("09_mqt-written-answers-2025-03-20.txt")
qs = [("Ruth Kinsella AM", "2025/0877", "How many emergency (I-graded) calls did the Metropolitan Police fail to attend "
       "within 15 minutes in each outer London borough in 2024?", "How many emergency"),
      ("Dev Sandhu AM", "2025/0878", "What proportion of shoplifting offences reported to the Met in 2024 resulted in a "
       "charge or summons, and how does this compare with 2019?", "What proportion of shoplifting"),
      ("Helena Ford AM", "2025/0881", "(a) When does the current contract for healthcare in MPS custody suites expire, "
       "and (b) will MOPAC publish the performance data for that contract?", "(a) When does"),
      ("Helena Ford AM", "2025/0882", "How many detainees waited more than two hours to be seen by a healthcare "
       "professional in MPS custody in 2024?", "How many detainees"),
      ("Bernard Achebe AM", "2025/0890", "Please list the organisations that received grants of more than GBP 100,000 "
       "from the Violence Reduction Unit in 2024/25.", "Please list the organisations"),
      ("Priya Deshmukh AM", "2025/0896", "Will you ensure that every borough's stop and search community monitoring "
       "group has access to body-worn video footage of searches?", "Will you ensure")]
write(d,
      parts=[part("other", "Mayor's Question Time, 20 March 2025: written answers (Policing and Crime)", 1,
                  d.L("Page 4 of 5"), "2025-03-20")],
      questions=[{"to": "The Mayor", "asked_by": by, "number": no, "text": t, "line": d.L(anc),
                  "answer_line": d.L("Answer:", i + 1)} for i, (by, no, t, anc) in enumerate(qs)],
      indicators=[
          ind("I-graded calls attended within 15 minutes, outer London boroughs (%)", 81.4, "2024",
              d.L("81.4 per cent")),
          ind("Shoplifting charge/summons rate (%)", 9.2, "2024", d.L("9.2 per cent"), target="15 per cent by March 2026"),
          ind("Shoplifting charge/summons rate (%)", 12.8, "2019", d.L("9.2 per cent")),
      ],
      tables=[table("Violence Reduction Unit grants of more than GBP 100,000, 2024/25", d.L("Organisation\tProgramme"),
                    d.L("Total\t\t"), ["Organisation", "Programme", "Grant (GBP)"],
                    [["Southbank Youth Trust", "Hospital-based youth workers", 312000],
                     ["Riverside Mentoring CIC", "Schools mentoring", 184500],
                     ["North London Families Project", "Parenting support", 121750],
                     ["Total", "", 618250]])],
      )

# ---------------------------------------------------------------------------------------------------------
# 10 Chief Constable's follow-up letter to the Severnmoor Panel
d = Doc("10_severnmoor-chief-constable-letter-2024-12-09.txt")
Q = [("Can you provide a breakdown of domestic abuse arrest rates by local policing area for the last two years?",
      "1.  Can you provide", "The arrest rate for domestic abuse crimes"),
     ("What is the recovery plan for the 101 non-emergency service, and what are its milestones?",
      "2.  What is the recovery", "The recovery plan has three stages"),
     ("Why has the number of Police Community Support Officers fallen since April?", "3.  Why has",
      "We have 151 PCSOs"),
     ("Will the force publish its response times for rural areas?", "4.  Will the force", "Yes. From January 2025")]
write(d,
      parts=[part("letter", "Letter from Andrew Pryce QPM, Chief Constable, Severnmoor Police, to the Chair of the "
                  "Severnmoor Police and Crime Panel, 9 December 2024", 1, d.L("cc: Rachel Tennant"), "2024-12-09")],
      letters=[{"date": "2024-12-09", "from_name": "Andrew Pryce QPM", "from_role": "Chief Constable",
                "to_name": "Margaret Oyelaran", "to_role": "Chair, Severnmoor Police and Crime Panel",
                "subject": "Severnmoor Police and Crime Panel - questions arising from the meeting on 14 November 2024",
                "responds_to_meeting_date": "2024-11-14", "start_line": 1, "end_line": d.L("cc: Rachel Tennant"),
                "questions": [{"text": t, "line": d.L(qa), "answer_line": d.L(aa)} for t, qa, aa in Q]}],
      commitments=[
          com("Thirdly, we will introduce a new telephony system in June 2025.", "101 recovery plan",
              d.L("Thirdly, we will")),
          com("From January 2025 we will publish average attendance times for emergency calls in each of our four local "
              "policing areas, split between urban and rural postcodes, on the force website each month.",
              "Rural response times", d.L("Yes. From January 2025")),
      ],
      indicators=[
          ind("Domestic abuse arrest rate (force-wide)", 31, "twelve months to October 2024", d.L("31 per cent force-wide")),
          ind("Domestic abuse arrest rate (force-wide)", 29, "twelve months to October 2023", d.L("31 per cent force-wide")),
          ind("Police Community Support Officers (number)", 151, None, d.L("We have 151 PCSOs"), target="180"),
      ],
      tables=[table("Domestic abuse arrest rate by local policing area", d.L("Local policing area"),
                    d.L("Severn Marches           24%"),
                    ["Local policing area", "Nov 2022 - Oct 2023", "Nov 2023 - Oct 2024"],
                    [["Ludford", 33, 36], ["Wyebank", 27, 30], ["Kingsholt", 26, 27], ["Severn Marches", 24, 28]])],
      )

# ---------------------------------------------------------------------------------------------------------
# 11 Transcript: Home Affairs Committee oral evidence, 4 February 2025
d = Doc("11_hoc-hac-oral-evidence-2025-02-04.txt")
SP = {"Chair": ("Dame Harriet Coles", "Chair"), "Chief Constable Hale": ("Daniel Hale", "Chief Constable, Northfleet "
      "Constabulary; NPCC lead for local policing"), "Ben Oduya": ("Ben Oduya", "Committee member"),
      "Amira Clarke": ("Amira Clarke", "Police and Crime Commissioner for Dunmoor"),
      "Lisa Marchetti": ("Lisa Marchetti", "Committee member"),
      "Professor Royce": ("Ian Royce", "Professor of Policing, University of Eastwich"),
      "Graham Tyrell": ("Graham Tyrell", "Committee member"), "Anjali Varma": ("Anjali Varma", "Committee member")}
turns = []
start = d.L("Examination of witnesses")
for i, s in enumerate(d.lines[start:], start + 1):
    body = s.split("            ", 1)[1] if s.startswith("Q1") else s
    for label, (name, role) in SP.items():
        if body.startswith(label + ":"):
            turns.append({"speaker": name, "role": role, "line": i, "label": s.split(":")[0].strip()})
            LOG.append((d.name, i, label, s))
assert len(turns) == 28, len(turns)
write(d,
      parts=[part("transcript", "Home Affairs Committee, oral evidence: Neighbourhood policing (HC 318), Tuesday "
                  "4 February 2025, Q12-18 (extract)", 1, len(d.lines), "2025-02-04")],
      meetings=[meeting("Home Affairs Committee", "2025-02-04", d.L("Tuesday 4 February 2025"), None, None,
                        "Dame Harriet Coles",
                        ["Dame Harriet Coles", "Ben Oduya", "Lisa Marchetti", "Graham Tyrell", "Anjali Varma"])],
      # A witness's promise in a transcript is not an action: seed 004 keeps its transcript's promises out of
      # `actions` (research note seed-004-000.md, implied undertakings), as tests/genre3 doc 09 does.
      actions=[],
      turns=turns,
      )

# ---------------------------------------------------------------------------------------------------------
# 12 Police and Crime Plan extract
d = Doc("12_severnmoor-police-and-crime-plan-2025-2029-extract.txt")
P1, P2, P3, P4 = ("Priority 1: Neighbourhoods that feel safe", "Priority 2: Protecting women and girls",
                  "Priority 3: A rural county, properly policed", "Priority 4: An efficient, answerable force")
C = [("This plan sets out how I will keep that promise over the next four years.", "Foreword", "This plan sets out"),
     ("I will publish a progress report against this plan every six months, and I will be open about where we are "
      "falling short.", "Foreword", "the next four years. I will publish"),
     ("keep a named neighbourhood officer and PCSO for every ward, and publish their names and contact details online;",
      P1, "keep a named neighbourhood"),
     ("restore PCSO numbers to at least 180 by March 2026;", P1, "restore PCSO numbers"),
     ("fund a Community Speedwatch coordinator for each local policing area;", P1, "fund a Community Speedwatch"),
     ("set up a neighbourhood problem-solving fund of GBP 250,000 a year, open to parish and town councils.", P1,
      "set up a neighbourhood"),
     ("The Commissioner will hold a public \"Your Police, Your Say\" meeting in each local policing area every year, "
      "with the local Inspector present.", P1, "The Commissioner will hold"),
     ("We will commission a specialist service for young people who are victims of domestic abuse in their own "
      "relationships, from April 2026.", P2, "We will commission"),
     ("We will also extend the Safer Nights charter to every town with a night-time economy.", P2,
      "We will also extend"),
     ("maintain funding for independent domestic violence advisers (IDVAs) and independent sexual violence advisers "
      "(ISVAs) at no less than 2024/25 levels;", P2, "maintain funding"),
     ("require the Chief Constable to report the domestic abuse arrest rate, by local policing area, to every meeting "
      "of the Accountability Board;", P2, "require the Chief Constable"),
     ("work with the four local authorities to commission a perpetrator programme that is available across the whole "
      "county.", P2, "work with the four local"),
     ("We propose to double the size of the Rural Crime Team, to twelve officers, by 2027.", P3, "We propose to double"),
     ("Working with the National Farmers' Union and the county's landowners, we will launch a rural watch scheme "
      "covering every parish.", P3, "Working with the National Farmers"),
     ("I will also ask the Chief Constable to publish response times for rural postcodes every month.", P3,
      "I will also ask"),
     ("invest GBP 1.1 million in new telephony and online reporting for the 101 service;", P4, "invest GBP 1.1"),
     ("publish 101 answer times and abandonment rates every month.", P4, "publish 101 answer times"),
     ("The Commissioner will continue to share back-office services with the Wyebank fire service where this saves "
      "money, and will review the police estate by 2026.", P4, "The Commissioner will continue")]
write(d,
      parts=[part("plan", "Severnmoor Police and Crime Plan 2025-2029: Safer Towns, Safer Countryside (extract)", 1,
                  len(d.lines), None)],
      commitments=[com(t, th, d.L(anc)) for t, th, anc in C],
      indicators=[ind("Residents who say the police deal with the things that matter in their community (%)", 46,
                      "2024", d.L("Only 46 per cent"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 13 Community safety partnership quarterly performance report, Q2 2024/25
d = Doc("13_ashbury-csp-performance-q2-2024-25.txt")
PQ = "Q2 2024/25"
write(d,
      parts=[part("performance_report", "Ashbury Community Safety Partnership Quarterly Performance Report, Quarter 2 "
                  "2024/25 (Appendix A)", 1, d.L("Page 3 of 3"), None)],
      indicators=[
          ind("Total notifiable offences", 3912, PQ, d.L("CS1\t"), "CS1", "3,800", "Green"),
          ind("Anti-social behaviour incidents", 1486, PQ, d.L("CS2\t"), "CS2", "1,300", "Red",
              [d.L("CS2\t"), d.L("CS2 Anti-social"), d.L("There were 1,486")]),
          ind("Repeat referrals to MARAC (%)", 41, PQ, d.L("CS3\t"), "CS3", "28-40%", "Red",
              [d.L("CS3\t"), d.L("CS3 Repeat"), d.L("In Quarter 2, 34 of 83")]),
          ind("Knife crime offences", 14, PQ, d.L("CS4\t"), "CS4", "18", "Green",
              [d.L("CS4\t"), d.L("CS4 Knife crime offences fell")]),
          ind("Shoplifting offences", 402, PQ, d.L("CS5\t"), "CS5", "330", "Amber",
              [d.L("CS5\t"), d.L("CS5 Shoplifting"), d.L("Shoplifting fell from")]),
          ind("Residents who feel safe after dark (%)", 58, PQ, d.L("CS6\t"), "CS6", "60", "Green",
              [d.L("CS6\t"), d.L("feel safe after dark (CS6)")]),
          ind("First-time entrants to the youth justice system", 13, PQ, d.L("CS7\t"), "CS7", "10", "Amber"),
      ],
      tables=[table("Indicator table", d.L("Ref\tIndicator"), d.L("CS7\t"),
                    ["Ref", "Indicator", "Polarity", "Q2 target", "Tolerance", "Q2 2023/24", "Q1 2024/25", "Q2 2024/25",
                     "RAG", "DoT (short)", "DoT (long)"],
                    [["CS1", "Total notifiable offences", "Lower is better", 3800, 5, 3850, 3870, 3912, "Green", "Down", "Down"],
                     ["CS2", "Anti-social behaviour incidents", "Lower is better", 1300, 5, 1410, 1352, 1486, "Red", "Down", "Down"],
                     ["CS3", "Repeat referrals to MARAC (%)", "Within range", "28-40%", "n/a", 36, 37, 41, "Red", "Down", "Down"],
                     ["CS4", "Knife crime offences", "Lower is better", 18, 10, 22, 17, 14, "Green", "Up", "Up"],
                     ["CS5", "Shoplifting offences", "Lower is better", 330, 5, 298, 418, 402, "Amber", "Up", "Down"],
                     ["CS6", "Residents who feel safe after dark (%)", "Higher is better", 60, 2, 57, 58, 58, "Green", "Same", "Up"],
                     ["CS7", "First-time entrants to the youth justice system", "Lower is better", 10, 10, 12, 15, 13, "Amber", "Up", "Down"]])],
      )

# ---------------------------------------------------------------------------------------------------------
# 14 Annual report with "Update on last year's recommendations"
d = Doc("14_eastmarch-dasv-board-annual-report-2024.txt")
R24 = "Eastmarch Domestic Abuse and Sexual Violence Board Annual Report 2024"
R23 = "Eastmarch Domestic Abuse and Sexual Violence Board Annual Report 2023"
U = [("1", "Eastmarch Police to train all frontline officers in coercive and controlling behaviour by December 2024.",
      "Eastmarch Police", "Recommendation 1 (2023)", "Partially achieved"),
     ("2", "The OPCC to commission an independent sexual violence adviser (ISVA) service for children and young people.",
      "OPCC", "Recommendation 2 (2023)", "Achieved"),
     ("3", "Community safety partnerships to publish domestic homicide reviews within six months of Home Office approval.",
      "Community safety partnerships", "Recommendation 3 (2023)", "Not achieved"),
     ("4", "Eastmarch Police to reduce the average time taken to complete a domestic abuse risk assessment (DARA) review.",
      "Eastmarch Police", "Recommendation 4 (2023)", "Ongoing"),
     ("5", "The Board to hold a survivors' forum at least twice a year.", "Eastmarch DASV Board",
      "Recommendation 5 (2023)", "Achieved")]
status_lines = [d.L("Status: Partially"), d.L("Status: Achieved", 1), d.L("Status: Not achieved"), d.L("Status: Ongoing"),
                d.L("Status: Achieved", 2)]
write(d,
      parts=[part("annual_report", "Eastmarch Domestic Abuse and Sexual Violence Board Annual Report 2024", 1,
                  len(d.lines), "2025-03-27")],
      # numbers as the seed gold writes them: the number without its "R" (seed labels "Recommendation 1", "1." → "1")
      recommendations=[
          rec(R24, "1", "Eastmarch Police should introduce a single performance dashboard for domestic abuse outcomes, "
              "broken down by district, and present it to the Board each quarter.", "Eastmarch Police",
              d.L("R1  Eastmarch"), [d.L("R1  Eastmarch"), d.L("recommends that Eastmarch Police")]),
          rec(R24, "2", "The Police and Crime Commissioner should extend funding for the Early Advice Service for rape "
              "cases beyond March 2026.", "Police and Crime Commissioner", d.L("R2  The Police")),
          rec(R24, "3", "Eastmarch Police and the CPS should jointly review all rape cases that were closed with outcome "
              "16 (victim does not support action) in 2024, to identify any missed opportunities to keep victims "
              "engaged.", "Eastmarch Police and CPS", d.L("R3  Eastmarch")),
          rec(R24, "4", "The four community safety partnerships should adopt a common domestic homicide review action "
              "tracker and publish progress against it every six months.", "Community safety partnerships",
              d.L("R4  The four")),
      ] + [rec(R23, n, t, ad, d.L(anc)) for n, t, ad, anc, _ in U],
      recommendation_updates=[{"recommendation_number": n, "recommendation_text": t, "status": st,
                               "start_line": d.L(anc), "end_line": sl}
                              for (n, t, _, anc, st), sl in zip(U, status_lines)],
      indicators=[
          ind("Domestic abuse charge rate (%)", 8.4, "2024", d.L("while the proportion that resulted"),
              locations=[d.L("while the proportion that resulted"), d.L("in a charge fell from"),
                         d.L("Eastmarch total\t")]),
          ind("Domestic abuse charge rate (%)", 9.1, "2023", d.L("while the proportion that resulted"),
              locations=[d.L("while the proportion that resulted"), d.L("in a charge fell from")]),
          ind("Rape offences recorded", 1102, "2024", d.L("rose to 1,102")),
          ind("Average days from report to end of trial", 611, "2024", d.L("611 days")),
      ],
      tables=[table("Table 1: Domestic abuse crimes and charges by district, 2024", d.L("District\tDA crimes"),
                    d.L("Eastmarch total\t"), ["District", "DA crimes", "Charged", "Charge rate"],
                    [["Eastwich", 4120, 362, 8.8], ["Fenmarsh", 2874, 221, 7.7], ["Holtby", 3306, 283, 8.6],
                     ["Saltmere", 1987, 163, 8.2], ["Eastmarch total", 12287, 1029, 8.4]])],
      )

# ---------------------------------------------------------------------------------------------------------
# 15 Glanmor Police and Crime Panel minutes ("Minute 5" numbering)
d = Doc("15_glanmor-pcp-minutes-2025-03-03.txt")
D = "2025-03-03"
write(d,
      parts=[part("minutes", "Minutes of the Glanmor Police and Crime Panel, 3 March 2025 (Minutes 1-7)", 1,
                  len(d.lines), D)],
      meetings=[meeting("Glanmor Police and Crime Panel", D, d.L("Minutes of the meeting held at the Guildhall"),
                        "10:00", "Guildhall, Abermor", "Eleri Vaughan",
                        ["Eleri Vaughan", "Gareth Price", "Mair Jenkins", "Huw Edwards", "Sian Llewellyn",
                         "Tom Barrington", "Rhodri Lewis", "Anita Kaur"],
                        ["Owain Thomas"])],
      minute_items=[
          mi(D, "1", "Apologies for absence", None, d.L("Minute 1   ")),
          mi(D, "2", "Declarations of interest", None, d.L("Minute 2   ")),
          mi(D, "3", "Minutes of the meeting held on 27 January 2025", "agreed", d.L("Minute 3   ")),
          mi(D, "4", "Proposed appointment of the Deputy Police and Crime Commissioner - confirmation hearing",
             "recommended appointment (resolved unanimously)", d.L("Minute 4   ")),
          mi(D, "5", "Commissioner's response to the Panel's report on the 2025/26 precept", "noted", d.L("Minute 5   ")),
          mi(D, "6", "Police and Crime Plan monitoring - Quarter 3 2024/25", "noted", d.L("Minute 6   ")),
          mi(D, "7", "Date of next meeting", None, d.L("Minute 7   ")),
      ],
      resolutions=[
          res(D, "4", "that the Panel recommends that the Commissioner appoints Ms Lowri Haf Evans as Deputy Police and "
              "Crime Commissioner.", d.L("RESOLVED UNANIMOUSLY")),
          res(D, "5", "that the Commissioner's response be noted.", d.L("RESOLVED that the Commissioner")),
          res(D, "6", "the monitoring report be noted;", d.L("(a) the monitoring")),
          res(D, "6", "the Panel's Finance Sub-Group reviews the capital programme at its next meeting.",
              d.L("(b) the Panel's Finance")),
      ],
      actions=[
          act(D, "5", "The Commissioner said that he would write to members with the breakdown once the Chief Constable "
              "had finalised the force budget.", "OPCC", d.L("The Commissioner said that he would write"),
              person="Alun Pritchard", deadline="once the force budget is finalised"),
          act(D, "5", "The Chief Executive agreed to provide the estates strategy to members by the end of April 2025.",
              "OPCC", d.L("The Chief Executive"), person="Bethan Rees", deadline="2025-04-30"),
          act(D, "6", "the Deputy Chief Constable undertook to circulate the rural crime team establishment and "
              "vacancies.", "Glanmor Police", d.L("the Deputy Chief"), person="Deputy Chief Constable Karen Matthias"),
      ],
      indicators=[
          ind("999 calls answered within 10 seconds (%)", 91.3, "Q3 2024/25", d.L("999 calls answered"), target="90%"),
          ind("Charge rate for all crime (%)", 6.9, "Q3 2024/25", d.L("the charge rate for all crime was"),
              locations=[d.L("the charge rate for all crime was"), d.L("6.9%.")]),
      ],
      )

if __name__ == "__main__":
    for name, ln, anchor, text in LOG:
        print(f"{name[:24]:24} {ln:4}  [{anchor[:28]:28}]  {text[:90]}")
    print(len(list(GOLD.glob('*.json'))), "gold files written")
