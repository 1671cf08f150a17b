#!/usr/bin/env python3
"""Build tests/genre4/gold/<stem>.json from the annotations below.

Every line number comes from an anchor string that must occur on exactly one line of the document (or the n-th
matching line with L(anchor, n)); a stale anchor stops the script. Run from anywhere:
    python3 tests/genre4/tools/make_gold.py      (writes gold/ and prints every anchored line)
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"


sys.path.insert(0, str(ROOT.parent))  # tests/: the shared anchoring and writing
from goldkit import LOG, a, corpus, meeting, part, mi, res, com, table, act, rec, upd, ind  # noqa: E402,F401


Doc, write = corpus(ROOT)


def resp(topic, responds_to, line, start=None):
    d = {"topic": topic, "responds_to": responds_to, "line": line}
    if start:
        d["start_line"] = start
    return d


# ---------------------------------------------------------------------------------------------------------
# 01 Thornvale PCP minutes: "21/25" numbering, attendance with posts, prose figures in the PCC's update,
# owners as posts ("The Chief Constable", "The OPCC Chief Executive"), "ACTION - OPCC / Force", Democratic Services
d = Doc("01_thornvale-pcp-minutes-2025-09-18.txt")
D, Q1 = "2025-09-18", "Q1 2025/26"
write(d,
      parts=[part("minutes", "Minutes of the Thornvale Police and Crime Panel, 18 September 2025", 1, d.last, D)],
      meetings=[meeting("Thornvale Police and Crime Panel", D, d.L("MINUTES of a meeting"), "14:00",
                        "Council Chamber, Guildhall, Market Square, Thornvale", "Helen Ashworth",
                        ["Helen Ashworth", "Rajesh Malhotra", "Bryony Teale", "Simon Eckersley", "Joanne Pryce",
                         "Alan Fairbrother"], ["Mark Dallow", "Yvonne Hurst"], ["Joanne Pryce"])],
      minute_items=[mi(D, "21/25", "MINUTES", "confirmed as a correct record", d.L("21/25  MINUTES")),
                    mi(D, "22/25", "DECLARATIONS OF INTEREST", None, d.L("22/25  DECLARATIONS")),
                    mi(D, "23/25", "COMMISSIONER'S PERFORMANCE UPDATE - QUARTER 1 2025/26", "noted",
                       d.L("23/25  COMMISSIONER")),
                    mi(D, "24/25", "VIOLENCE AGAINST WOMEN AND GIRLS - COMMISSIONING UPDATE", "noted",
                       d.L("24/25  VIOLENCE")),
                    mi(D, "25/25", "WORK PROGRAMME", "agreed", d.L("25/25  WORK"))],
      resolutions=[res(D, "23/25", "That the Commissioner's performance update be noted.",
                       d.L("RESOLVED - That the Commissioner's")),
                   res(D, "24/25", "That (a) the update be noted; and", d.L("RESOLVED - That (a)")),
                   res(D, "24/25", "(b) the Panel's thanks be recorded to the officers of the Domestic Abuse "
                       "Partnership.", d.L("(b) the Panel's thanks")),
                   res(D, "25/25", "That the work programme be agreed, subject to the addition of a report on rural "
                       "crime in March.", d.L("RESOLVED - That the work programme"))],
      actions=[act(D, "23/25", "The Chief Constable would provide the Panel with a monthly breakdown of 101 answer "
                   "times for April to September before the next meeting.", "Thornvale Police",
                   d.L("The Chief Constable would provide"), person="Chief Constable",
                   deadline="before the next meeting"),
               act(D, "23/25", "The OPCC Chief Executive agreed to circulate the overtime figures for the first "
                   "quarter, split by department.", "OPCC", d.L("The OPCC Chief Executive agreed"),
                   person="Peter Oduya (Chief Executive, OPCC)"),
               act(D, "24/25", "Peter Oduya said that the OPCC would bring the outcome of the retendering exercise "
                   "to the Panel in January 2026.", "OPCC", d.L("Peter Oduya said"),
                   person="Peter Oduya (Chief Executive, OPCC)", deadline="January 2026"),
               act(D, "24/25", "OPCC / Force to provide a joint note on waiting times for sexual violence "
                   "counselling, by 31 October 2025.", "OPCC / Thornvale Police", d.L("ACTION - OPCC / Force"),
                   deadline="2025-10-31"),
               act(D, "25/25", "Democratic Services would arrange an informal briefing for Members on the precept "
                   "process in December.", "Democratic Services (Thornvale Borough Council)",
                   d.L("Democratic Services would arrange"), deadline="December 2025")],
      indicators=[ind("Police officers recruited", 214, "April to June 2025 (Q1 2025/26)", d.L("recruited 214")),
                  ind("Police officers in post", 1874, "30 June 2025", d.L("recruited 214")),
                  ind("Police officers in post", 1802, "30 June 2024", d.L("recruited 214")),
                  ind("Dedicated ward officers", 122, "June 2025", d.L("there were 122 dedicated")),
                  ind("Dedicated ward officers", 109, "June 2024", d.L("June 2024.")),
                  ind("999 calls answered within 10 seconds (%)", 91.8, Q1, d.L("answered 91.8%"), target="90%"),
                  ind("Average time to answer a 101 call (minutes)", 4.2, "Q4 2024/25", d.L("had risen from 4.2")),
                  ind("Average time to answer a 101 call (minutes)", 6.6, Q1, d.L("in Quarter 4 to 6.6")),
                  ind("Residential burglary offences", 2148, "12 months to June 2025", d.L("had fallen by 6.3%")),
                  ind("Burglary positive outcome rate (%)", 7.9, "12 months to June 2025",
                      d.L("positive outcome rate for burglary")),
                  ind("Victims supported by the IDVA service", 684, "2024/25", d.L("supported 684 victims")),
                  ind("IDVA service victims assessed as high risk", 212, "2024/25", d.L("212 were assessed"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 02 Ashcombe BC community safety scrutiny minutes: "35." numbering, a "Quarter 2 monitoring" item heading giving
# the period of prose figures; owners as council posts, the Fire Service, the Cabinet Member, Democratic Services
d = Doc("02_ashcombe-bc-community-safety-scrutiny-minutes-2025-10-07.txt")
D, Q2 = "2025-10-07", "Q2 2025/26"
CS, PH = "Ashcombe Borough Council (Community Safety)", "Ashcombe Borough Council (Public Health)"
write(d,
      parts=[part("minutes", "Minutes of the Community Safety Scrutiny Committee, Ashcombe Borough Council, 7 October "
                  "2025", 1, d.last, D)],
      meetings=[meeting("Community Safety Scrutiny Committee (Ashcombe Borough Council)", D,
                        d.L("Minutes of the meeting held"), "18:30",
                        "Committee Room 2, Civic Centre, Bridge Street, Ashcombe", "P. Whitlow",
                        ["P. Whitlow", "A. Begum", "T. Carnforth", "S. Nwosu", "E. Rawlinson"],
                        ["K. Ibbotson", "D. Marsh"])],
      minute_items=[mi(D, "34", "Minutes", "approved as a correct record", d.L("34.  Minutes")),
                    mi(D, "35", "Community Safety Partnership - Quarter 2 monitoring", "noted",
                       d.L("35.  Community Safety")),
                    mi(D, "36", "Public Spaces Protection Order - Town Centre", "renewal supported",
                       d.L("36.  Public Spaces")),
                    mi(D, "37", "Work Programme", "noted", d.L("37.  Work"))],
      resolutions=[res(D, "35", "That the Quarter 2 monitoring report be noted.", d.L("RESOLVED: That the Quarter 2")),
                   res(D, "36", "(1) support the renewal of the Town Centre Public Spaces Protection Order for three "
                       "years; and", d.L("(1) support the renewal")),
                   res(D, "36", "(2) ask the Cabinet Member to consider extending the order to the railway station "
                       "forecourt.", d.L("(2) ask the Cabinet Member")),
                   res(D, "37", "That the work programme be noted.", d.L("RESOLVED: That the work programme"))],
      actions=[act(D, "35", "Station Manager Tulley said that the Fire Service would share its arson reduction plan "
                   "for Moorside with the Committee.", "Ashcombe Fire and Rescue Service",
                   d.L("that the Fire Service would share"), person="Station Manager G. Tulley"),
               act(D, "35", "The Director of Public Health would provide a breakdown of treatment waiting times by "
                   "ward to the next meeting.", PH,
                   d.L("September, and that successful completions"), person="Director of Public Health (Dr F. Okafor)",
                   deadline="next meeting"),
               act(D, "35", "The council's Head of Community Safety undertook to confirm the go-live date in writing "
                   "by 31 October 2025.", CS, d.L("The council's Head of"), person="Head of Community Safety (R. Palmer)",
                   deadline="2025-10-31"),
               act(D, "36", "Members asked that the Cabinet Member report the final decision on the order to the "
                   "Committee.", "Cabinet Member for Communities and Public Protection",
                   d.L("Members asked that the Cabinet Member"), person="Councillor L. Sheard"),
               act(D, "37", "Democratic Services to add an item on retail crime to the January meeting.",
                   "Democratic Services (Ashcombe Borough Council)", d.L("Democratic Services to add"),
                   deadline="January 2026 meeting")],
      indicators=[ind("Anti-social behaviour incidents recorded by the police", 1096, Q2, d.L("recorded 1,096")),
                  ind("Anti-social behaviour incidents recorded by the police", 1251, "Q2 2024/25",
                      d.L("from 1,251")),
                  ind("Community protection warnings issued", 37, Q2, d.L("issued 37 community")),
                  ind("Knife-enabled offences", 58, Q2, d.L("58 knife-enabled"), target="no more than 50",
                      rag="Red"),
                  ind("Incidents attended by the Fire Service", 1412, "H1 2025/26 (April to September 2025)",
                      d.L("attended 1,412")),
                  ind("Deliberate secondary fires", 212, "H1 2025/26 (April to September 2025)",
                      d.L("deliberate secondary fires")),
                  ind("Adults in structured drug treatment", 312, "end of September 2025", d.L("312 adults")),
                  ind("Successful completions of drug treatment (%)", 6.1, Q2, d.L("successful completions were"),
                      target="7%")],
      )

# ---------------------------------------------------------------------------------------------------------
# 03 Kestrelmoor PCC letter answering the Panel's numbered questions; prose figures ("answered 96.4% of 999 calls
# within 10 seconds in Quarter 2", "fell from 41 minutes in 2023/24 to 27 minutes in 2024/25", "availability was
# 71.3% ... against a target of 85%"); "I will" commitments; a forecast and a reported "will not tolerate" (traps)
d = Doc("03_kestrelmoor-pcc-letter-to-panel-2025-11-03.txt")
qs = [("How quickly are emergency calls being answered", "1. How quickly", "In Quarter 2 the force answered"),
      ("What is the current average attendance time for emergency (Grade 1) incidents in rural areas?", "2. What is",
       "The average attendance time for Grade 1"),
      ("How many people have been referred to the Kestrelmoor Checkpoint deferred prosecution scheme?", "3. How many",
       "Since the scheme began"),
      ("Are the force's vehicles available when needed?", "4. Are the force", "Fleet availability was")]
write(d,
      parts=[part("letter", "Letter from the Police and Crime Commissioner for Kestrelmoor to the Chair of the Police "
                  "and Crime Panel: questions from the meeting on 9 October 2025", 1, d.last, "2025-11-03")],
      letters=[{"date": "2025-11-03", "from_name": "Nadia Bellweather",
                "from_role": "Police and Crime Commissioner for Kestrelmoor", "to_name": "Daniel Hargreaves",
                "to_role": "Chair, Kestrelmoor Police and Crime Panel",
                "subject": "Questions from the Police and Crime Panel meeting on 9 October 2025",
                "responds_to_meeting_date": "2025-10-09", "start_line": 1, "end_line": d.last,
                "questions": [{"text": t, "line": d.L(q), "answer_line": d.L(a)} for t, q, a in qs]}],
      commitments=[com("I will continue to publish call-handling figures every month on my website.",
                       "Emergency call answering", d.L("I will continue to publish")),
                   com("I will ask the Chief Constable to set out a rural response plan at my Accountability Board in "
                       "January.", "Rural attendance times", d.L("too long, and I will ask")),
                   com("I have asked for a recovery plan, and my office will report the position to the Panel at its "
                       "meeting on 29 January 2026.", "Fleet availability", d.L("plan, and my office will report"))],
      indicators=[ind("999 calls answered within 10 seconds (%)", 96.4, "Q2 2025/26", d.L("answered 96.4%"),
                      target="90%"),
                  ind("999 calls answered within 10 seconds (%)", 88.9, "Q1 2025/26", d.L("answered 96.4%")),
                  ind("Average attendance time for Grade 1 incidents in rural districts (minutes)", 41, "2023/24",
                      d.L("fell from 41 minutes")),
                  ind("Average attendance time for Grade 1 incidents in rural districts (minutes)", 27, "2024/25",
                      d.L("27 minutes in 2024/25")),
                  ind("Average attendance time for Grade 1 incidents in urban areas (minutes)", 11, "2024/25",
                      d.L("The urban average")),
                  ind("People referred to the Checkpoint deferred prosecution scheme", 438,
                      "April 2024 to November 2025", d.L("438 people")),
                  ind("Checkpoint participants who completed their contract", 361, "April 2024 to November 2025",
                      d.L("438 people")),
                  ind("Reoffending rate of Checkpoint completers (%)", 9.6, "April 2024 to November 2025",
                      d.L("The reoffending rate")),
                  ind("Fleet availability (%)", 71.3, "September 2025", d.L("Fleet availability was"),
                      target="85%")],
      )

# ---------------------------------------------------------------------------------------------------------
# 04 Hollinsdale FRA Q3 performance report: space-aligned KPI table (code, indicator, quarter, target, last year,
# RAG) after a page footer and a blank-page notice; "Quarter 3 monitoring - exceptions" restating figures in prose
d = Doc("04_hollinsdale-fra-performance-q3-2025-26.txt")
Q3 = "Q3 2025/26"
kpis = [("KPI 1", "Dwelling fires", 118, 125, 131, "Green", []),
        ("KPI 2", "Deaths and injuries in dwelling fires", 9, 8, 12, "Amber", ["Nine people were hurt"]),
        ("KPI 3", "Deliberate fires", 402, 380, 366, "Red", ["There were 402 deliberate"]),
        ("KPI 4", "First appliance attendance within 10 minutes (%)", 78.4, 80.0, 79.2, "Amber", []),
        ("KPI 5", "On-call appliance availability (%)", 71.3, 85.0, 74.0, "Red", ["Availability was 71.3%"]),
        ("KPI 6", "Safe and well visits completed", 4216, 3900, 3655, "Green", []),
        ("KPI 7", "Fire safety audits completed", 611, 550, 548, "Green", []),
        ("KPI 8", "False alarms from automatic systems", 1044, 1100, 1209, "Green", ["of which 1,044 were false"])]
write(d,
      parts=[part("performance_report", "Quarter 3 Performance Report 2025/26 (Hollinsdale Fire and Rescue Authority, "
                  "Performance and Scrutiny Committee, Agenda Item 7)", 1, d.last, "2026-02-12")],
      indicators=[ind(n, v, Q3, d.L(c + "   "), code=c, target=str(t), rag=r, locations=[d.L(x) for x in loc])
                  for c, n, v, t, _, r, loc in kpis] + [
                  ind("On-call firefighters recruited", 23, "April to December 2025", d.L("recruited 23 on-call"),
                      target="plan of 40"),
                  ind("Incidents attended", 3287, Q3, d.L("Crews attended 3,287")),
                  ind("Road traffic collisions attended", 417, Q3, d.L("417 were road traffic")),
                  ind("Average response time to dwelling fires (minutes)", 8.2, Q3, d.L("to 8 minutes 12 seconds"))],
      tables=[table("Table 1: Key performance indicators, Quarter 3 2025/26", d.L("Code    Indicator"), d.L("KPI 8   "),
                    ["Code", "Indicator", "Q3 2025/26", "Target", "Q3 2024/25", "RAG"],
                    [[c, n, v, t, ly, r] for c, n, v, t, ly, r, _ in kpis])],
      )

# ---------------------------------------------------------------------------------------------------------
# 05 Westerby OPCC scorecard: TAB table with a letter RAG (legend defines G/A/R), quarter and year-to-date
# columns; commentary restating figures and adding prose figures
d = Doc("05_westerby-opcc-scorecard-q2-2025-26.txt")
Q2, YTD = "Q2 2025/26", "2025/26 year to date (April to September 2025)"
RAG = {"G": "Green", "A": "Amber", "R": "Red"}
sc = [("PCP1", "Victim satisfaction with the overall service (%)", 74.2, 78, 75.0, "A", ["fell slightly, to 74.2%"]),
      ("PCP2", "Repeat victims of domestic abuse (%)", 27.5, 30, 28.1, "G", []),
      ("PCP3", "Emergency calls answered within 10 seconds (%)", 93.7, 90, 92.9, "G", []),
      ("PCP4", "Non-emergency calls abandoned (%)", 18.4, 10, 16.6, "R", ["18.4% of 101 calls"]),
      ("PCP5", "Neighbourhood crime offences", 2311, 2400, 4702, "G", []),
      ("PCP6", "Shoplifting positive outcome rate (%)", 14.9, 20, 15.3, "R", []),
      ("PCP7", "Officers in neighbourhood roles", 486, 500, 486, "A", [])]
inds = []
for c, n, v, t, y, r, loc in sc:
    inds.append(ind(n, v, Q2, d.L(c + "\t"), code=c, target=str(t), rag=RAG[r], locations=[d.L(x) for x in loc]))
    inds.append(ind(n, y, YTD, d.L(c + "\t"), code=c))
write(d,
      parts=[part("performance_report", "Police and Crime Plan Scorecard - Quarter 2 2025/26 (Westerby OPCC, report to "
                  "the Police and Crime Panel)", 1, d.last, "2025-11-20")],
      indicators=inds + [
          ind("Victim satisfaction with the overall service (%)", 75.8, "Q1 2025/26", d.L("fell slightly, to 74.2%"),
              code="PCP1"),
          ind("Satisfaction with being kept informed (%)", 61, Q2, d.L("kept informed was 61%")),
          ind("Non-emergency calls answered", 71408, Q2, d.L("answered 71,408")),
          ind("Shoplifting offences recorded", 1987, Q2, d.L("recorded 1,987"))],
      tables=[table("Police and Crime Plan scorecard, Quarter 2 2025/26", d.L("Ref\tMeasure"), d.L("PCP7\t"),
                    ["Ref", "Measure", "Q2 2025/26", "Target", "Year to date", "RAG"],
                    [[c, n, v, t, y, r] for c, n, v, t, y, r, _ in sc])],
      )

# ---------------------------------------------------------------------------------------------------------
# 06 Fenmarch CSP annual performance report: headline prose ("had fallen by 4.2% in 2024/25 to 3,917 offences",
# "fell from 712 offences in 2023/24 to 655 in 2024/25") and a markdown pipe table whose status is
# Achieved / Not achieved (not a RAG); a forecast and a procedural recommendation (traps)
d = Doc("06_fenmarch-csp-annual-performance-2024-25.txt")
Y = "2024/25"
rows = [("Total recorded crime", 4089, 3917, -4.2, 4000, "Achieved", ["had fallen by 4.2%"]),
        ("Violence with injury", 712, 655, -8.0, 690, "Achieved", ["Violence with injury fell from 712"]),
        ("Rural theft", 205, 244, 19.0, 200, "Not achieved", ["Rural thefts rose to 244"]),
        ("Repeat MARAC referrals (%)", 26.9, 31.5, 4.6, "28-40", "Achieved", ["which were 31.5%"]),
        ("Residents feeling safe after dark (%)", 63, 58, -5, 65, "Not achieved", ["only 58% of"]),
        ("Young people entering the justice system for the first time", 41, 33, -19.5, 40, "Achieved", [])]
write(d,
      parts=[part("performance_report", "Fenmarch Community Safety Partnership Annual Performance Report 2024/25", 1,
                  d.last, "2025-07-15")],
      indicators=[ind(n, v, Y, d.L(f"| {n} |"), target=(t + "%" if isinstance(t, str) else str(t)),
                      locations=[d.L(x) for x in loc]) for n, _, v, _, t, _, loc in rows] + [
                  ind("Violence with injury", 712, "2023/24", d.L("Violence with injury fell from 712")),
                  ind("Residents feeling safe after dark (%)", 63, "2023/24", d.L("compared with 63% in 2023/24")),
                  ind("Evenings of Safer Streets patrols", 96, "June to September 2024", d.L("ran on 96 evenings")),
                  ind("Visits to licensed premises", 1380, Y, d.L("1,380 visits"))],
      tables=[table("Fenmarch CSP indicators 2023/24 and 2024/25", d.L("| Indicator | 2023/24"),
                    d.L("| Young people entering"),
                    ["Indicator", "2023/24", "2024/25", "Change", "Target 2024/25", "Status"],
                    [[n, a, b, c, t, s] for n, a, b, c, t, s, _ in rows])],
      )

# ---------------------------------------------------------------------------------------------------------
# 07 Dunholm PCP action log: pipe tables with owners as posts ("Chief Constable", "OPCC Chief Executive"),
# "Commissioner's office", "OPCC / Force", "Democratic Services", a council director, a standing-actions table
d = Doc("07_dunholm-pcp-action-log-2025-12.txt")
S, N = "2025-09-11", "2025-11-06"
rows = [("41", S, "18", "Provide the Panel with the number of police officers trained in Right Care Right Person",
         "Dunholm Police", "Chief Constable", "2025-10-30", "Complete - figures circulated 21 October"),
        ("42", S, "18", "Share the evaluation of the Safer Streets 5 programme when it is published", "OPCC",
         None, "2026-01-31", "Open"),
        ("43", S, "19", "Circulate the OPCC's complaints review timetable to members", "OPCC", "OPCC Chief Executive",
         "2025-10-15", "Complete"),
        ("44", S, "20", "Arrange a visit to the force control room for new members", "Democratic Services", None,
         "2025-12-31", "In progress - date being agreed"),
        ("45", S, "20", "Report on joint estates work with the Fire Service, including the shared station at Colby",
         "OPCC / Dunholm Police", None, "2026-02-26", "Open"),
        ("46", N, "26", "Provide figures for fire service response times to rural addresses",
         "Dunholm Fire and Rescue Service", None, "2025-12-04", "Overdue"),
        ("47", N, "27", "Confirm whether the drug intervention scheme will be funded in 2026/27",
         "Dunholm County Council (Public Health)", "Director of Public Health", "2025-12-04",
         "Complete - see letter at Appendix A")]
write(d,
      parts=[part("action_list", "Actions Arising from Previous Meetings (Dunholm Police and Crime Panel, Agenda Item 5, "
                  "4 December 2025)", 1, d.last, "2025-12-04")],
      actions=[act(m, i, t, o, d.L(f"| {no} |"), person=p, status=st, deadline=dl)
               for no, m, i, t, o, p, dl, st in rows] + [
               act(None, None, "Notify the Panel of every complaint against the Commissioner within 5 working days",
                   "Monitoring Officer (Dunholm County Council)", d.L("| S1 |"), status="Ongoing")],
      tables=[table("Actions Arising from Previous Meetings", d.L("| No. | Meeting"), d.L("| 47 |"),
                    ["No.", "Meeting", "Min.", "Action", "Owner", "Due", "Status"]),
              table("Standing actions", d.L("| No. | Action"), d.L("| S1 |"), ["No.", "Action", "Owner", "Status"])],
      )

# ---------------------------------------------------------------------------------------------------------
# 08 Glenbarrow PCC accountability board notes: "Present:" block of name + post, "4.1" paragraphs, actions as
# "X to ..." and a bare "Action: ACC Rowe." after a request; prose figures with month and quarter periods;
# a finance forecast (trap)
d = Doc("08_glenbarrow-accountability-board-minutes-2025-11-12.txt")
D, GC = "2025-11-12", "Glenbarrow Constabulary"
write(d,
      parts=[part("minutes", "Notes of the Glenbarrow PCC Strategic Accountability Board, 12 November 2025", 1, d.last,
                  D)],
      meetings=[meeting("Glenbarrow PCC Strategic Accountability Board", D, d.L("Notes of the meeting held"), "10:00",
                        "Conference Room 1, Police Headquarters, Carrick Road, Glenbarrow", "Alison Rennard",
                        ["Alison Rennard", "Tom Whitaker", "Miriam Solberg", "Ian Kershaw", "Donna Rowe", "Ravi Menon"],
                        ["Fiona Gault"])],
      minute_items=[mi(D, "1", "Notes of the previous meeting and action log", "agreed", d.L("1. Notes of the previous")),
                    mi(D, "2", "Contact management", None, d.L("2. Contact management")),
                    mi(D, "3", "Neighbourhood policing", None, d.L("3. Neighbourhood policing")),
                    mi(D, "4", "Finance - mid-year position", None, d.L("4. Finance")),
                    mi(D, "5", "Any other business", None, d.L("5. Any other"))],
      actions=[act(D, "2", "Chief Supt Menon to present the evaluation of the call-back pilot to the Board in February "
                   "2026.", GC, d.L("2.2 The Commissioner asked"), person="Chief Supt Ravi Menon",
                   deadline="February 2026"),
               act(D, "3", "The Commissioner asked for a breakdown of PCSO vacancies by district. Action: ACC Rowe.",
                   GC, d.L("3.2 The Commissioner asked"), person="ACC Donna Rowe"),
               act(D, "4", "The Chief Executive, OPCC, would write to the Home Office about the funding of the Harrier "
                   "operation before the end of November.", "OPCC", d.L("4.2 The Chief Executive"),
                   person="Tom Whitaker (Chief Executive, OPCC)", deadline="2025-11-30")],
      indicators=[ind("Calls to 101 received", 41736, "October 2025", d.L("received 41,736")),
                  ind("101 calls answered (%)", 83, "October 2025", d.L("received 41,736")),
                  ind("101 abandonment rate (%)", 9.8, "October 2025", d.L("The abandonment rate")),
                  ind("101 abandonment rate (%)", 21.5, "October 2024", d.L("The abandonment rate")),
                  ind("Online reporting share of non-emergency contact (%)", 27, "October 2025",
                      d.L("for 27% of all")),
                  ind("PCSOs in post", 318, "end of October 2025", d.L("318 PCSOs"), target="establishment of 350"),
                  ind("Special constables recruited", 43, "April to October 2025", d.L("43 special constables")),
                  ind("Neighbourhood officer shifts abstracted to response duties", 1120, "Q1 2025/26",
                      d.L("from 1,120 shifts")),
                  ind("Neighbourhood officer shifts abstracted to response duties", 644, "Q2 2025/26",
                      d.L("from 1,120 shifts"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 09 Inspectorate custody inspection extract: "Recommendation N" heading with the text on the next line,
# addressees "the chief constable", "the force, with the integrated care board", "the Home Office and the NPCC",
# "Chief constables"; "AFI N" areas for improvement (not counted); Recommendation 1 restated in chapter 4
d = Doc("09_inspectorate-custody-inspection-extract-2025.txt")
R = "Joint inspection of police custody in Westmarch Constabulary (September 2025)"
write(d,
      parts=[part("report", "Joint inspection of police custody in Westmarch Constabulary (HMICCS, September 2025), "
                  "extract", 1, d.last, "2025-09")],
      recommendations=[
          rec(R, "1", "Within three months, the chief constable should ensure that every use of force in custody is "
              "recorded, reviewed by an inspector and reported to the custody governance board.",
              "Chief Constable of Westmarch Constabulary", d.L("Within three months, the chief"),
              [d.L("repeat the recommendation that the chief")]),
          rec(R, "2", "By 31 March 2026, the force, with the integrated care board, should agree a protocol that sets a "
              "maximum waiting time for Mental Health Act assessments in custody.",
              "Westmarch Constabulary, with the integrated care board", d.L("By 31 March 2026, the force")),
          rec(R, "3", "By March 2026, the Home Office and the NPCC should publish national guidance on the use of "
              "anti-rip clothing in custody.", "Home Office and the NPCC", d.L("By March 2026, the Home Office")),
          rec(R, "4", "Chief constables should ensure that custody staff complete refresher training in first aid every "
              "year.", "Chief constables", d.L("Chief constables should ensure"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 10 Ryebridge scrutiny task and finish review: "R1".."R5" numbering, addressees a Cabinet Member, a council post,
# the police, a joint pair, the Panel itself; R1 and R3 restated in the findings; a quoted "We will..." (trap)
# and a procedural "Recommendation to the Scrutiny Panel" (not counted)
d = Doc("10_ryebridge-scrutiny-review-asb-2025.txt")
R = "Task and Finish Group Review: Anti-Social Behaviour in the City Centre (Ryebridge City Council, October 2025)"
write(d,
      parts=[part("report", R, 1, d.last, "2025-10")],
      recommendations=[
          rec(R, "1", "That the Cabinet Member for Neighbourhoods introduces a single reporting route for anti-social "
              "behaviour across the council and the police by April 2026.", "Cabinet Member for Neighbourhoods",
              d.L("R1  That the Cabinet"), [d.L("We therefore recommend (R1)")]),
          rec(R, "2", "That the council's Head of Community Safety publishes response times for ASB reports every "
              "quarter.", "Head of Community Safety (Ryebridge City Council)", d.L("R2  That")),
          rec(R, "3", "That Ryebridge Police reviews the deployment of neighbourhood officers in the city centre on "
              "Friday and Saturday evenings.", "Ryebridge Police", d.L("R3  That"), [d.L("R3 That")]),
          rec(R, "4", "That the Cabinet Member for Neighbourhoods and the Police and Crime Commissioner jointly fund two "
              "additional youth outreach workers for the city centre.",
              "Cabinet Member for Neighbourhoods and the Police and Crime Commissioner", d.L("R4  That")),
          rec(R, "5", "That the Safer Communities Scrutiny Panel reviews progress against these recommendations in six "
              "months.", "Safer Communities Scrutiny Panel", d.L("R5  That"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 11 Sallowfield PCP recommendations update: each recommendation restated as "Rec N:" with "Progress:" and
# "Status: <RAG> - <words>" lines; one declined; a procedural recommendation at the end (not counted)
d = Doc("11_sallowfield-pcp-recommendations-update-2026-01.txt")
R = "Out of Sight: Rural Crime in Sallowfield (Sallowfield Police and Crime Panel, March 2025)"
rows = [("1", "The Commissioner should fund a dedicated rural crime team of at least six officers for two years.",
         "Commissioner", "GREEN - complete"),
        ("2", "The Commissioner should ensure that rural crime is a standing item at the Accountability Board.",
         "Commissioner", "AMBER - in progress"),
        ("3", "The Chief Constable should publish quarterly figures for rural and wildlife crime.", "Chief Constable",
         "RED - not started"),
        ("4", "The Commissioner should join the National Rural Crime Network.", "Commissioner", "GREEN - complete"),
        ("5", "The Commissioner and the Chief Constable should agree a target for answering calls from rural "
         "addresses.", "Commissioner and the Chief Constable", "Not accepted - closed"),
        ("6", "The OPCC should run a rural crime survey every two years.", "OPCC", "AMBER - in progress")]
starts = {n: d.L(f"Rec {n}:") for n, *_ in rows}
ends = {n: d.L("Status:", i + 1) for i, (n, *_) in enumerate(rows)}
write(d,
      parts=[part("report", "Update on the Panel's recommendations: proactive scrutiny of rural crime (Sallowfield Police "
                  "and Crime Panel, Agenda Item 9, 29 January 2026)", 1, d.last, "2026-01-29")],
      recommendations=[rec(R, n, t, a, starts[n]) for n, t, a, _ in rows],
      recommendation_updates=[upd(n, t, s, starts[n], ends[n]) for n, t, _, s in rows],
      )

# ---------------------------------------------------------------------------------------------------------
# 12 Government response to a committee report: "(a)".."(d)" recommendations with "(Paragraph N)", a "Government
# response" heading for each; commitments ("We will", "We propose to") and non-commitments (what the NPCC will do,
# "Funding ... will be decided", a quoted retailer, a rhetorical "We will not stand by", a capitals slogan)
d = Doc("12_government-response-retail-crime-report-2025.txt")
R = "Retail Crime (Home Affairs Scrutiny Committee, Fifth Report of Session 2024-25)"
recs = [("a", "The Home Office and the NPCC should agree a national standard for police attendance at shop theft where "
         "the offender has been detained by staff.", "Home Office and the NPCC", "(a) The Home Office",
         "national standard for police attendance at shop theft"),
        ("b", "Forces should record assaults on retail workers as a separate category in their crime data.", "Forces",
         "(b) Forces should", "recording assaults on retail workers"),
        ("c", "The Government should extend the Retail Crime Action Plan funding beyond 2026.", "Government",
         "(c) The Government", "Retail Crime Action Plan funding beyond 2026"),
        ("d", "Police and crime commissioners should include business crime in their police and crime plans.",
         "Police and crime commissioners", "(d) Police and crime", "business crime in police and crime plans")]
write(d,
      parts=[part("report", "Retail Crime: Government Response to the Committee's Fifth Report of Session 2024-25 "
                  "(CP 1244, November 2025)", 1, d.last, "2025-11")],
      recommendations=[rec(R, n, t, a, d.L(anc)) for n, t, a, anc, _ in recs],
      responses=[resp(f"Recommendation ({n}): {topic}", f"Recommendation ({n}) of the Committee's report",
                      d.L("Government response", i + 1), d.L(anc)) for i, (n, _, _, anc, topic) in enumerate(recs)],
      commitments=[com("We will publish the standard, agreed with the National Police Chiefs' Council, by March 2026.",
                       "Recommendation (a)", d.L("accepts this recommendation. We will publish")),
                   com("We propose to add a retail worker flag to the Home Office Data Hub, rather than a new crime "
                       "category, from April 2026.", "Recommendation (b)", d.L("We propose to add")),
                   com("We will write to all police and crime commissioners by the end of 2025 to ask them to do so, "
                       "and we will review the plans published in 2026.", "Recommendation (d)",
                       d.L("accepts this recommendation. We will write"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 13 Eastmere PCC's section 55 response to an inspection: "Recommendation N" + "Response:", "Area for improvement N"
# (not recommendations, but answered), "I will" commitments; the force's reported intentions and a forecast (traps)
d = Doc("13_eastmere-pcc-response-to-inspection-2025.txt")
R = "Police response to vulnerable missing people: Eastmere Police (inspection report, 14 August 2025)"
heads = [("Recommendation 1", "Response: The Chief Constable has told me that supervisors"),
         ("Recommendation 2", "Response: The force and the four"),
         ("Area for improvement 1", "Response: The force has changed"),
         ("Area for improvement 2", "Response: The Chief Constable has told me that the force will")]
write(d,
      parts=[part("report", "Eastmere Police and Crime Commissioner's response to the inspection report on the police "
                  "response to vulnerable missing people", 1, d.last, "2025-10-08")],
      recommendations=[
          rec(R, "1", "By 31 December 2025, the force should ensure that every missing person report is risk-assessed "
              "by a supervisor within one hour.", "Eastmere Police", d.L("By 31 December 2025, the force")),
          rec(R, "2", "Chief constables should work with local authorities to carry out return home interviews for all "
              "children within 72 hours.", "Chief constables", d.L("Chief constables should work"))],
      responses=[resp(h, f"{h} of the inspection report", d.L(a), d.L(h)) for h, a in heads],
      commitments=[com("I will monitor compliance through my Accountability Board every quarter.", "Recommendation 1",
                       d.L("I will monitor compliance")),
                   com("I will fund an additional return home interview worker for 2026/27.", "Recommendation 2",
                       d.L("I will fund an additional")),
                   com("I will ask for an update in six months.", "Area for improvement 1",
                       d.L("I will ask for an update")),
                   com("I will publish this response on my website and send a copy to the Police and Crime Panel.",
                       "Next steps", d.L("I will publish this response"))],
      indicators=[ind("Missing person reports recorded", 3104, "2024/25", d.L("recorded 3,104")),
                  ind("Missing person reports relating to children in care", 1211, "2024/25",
                      d.L("1,211 related to children")),
                  ind("Missing person reports risk-assessed by a supervisor within one hour (%)", 89, "September 2025",
                      d.L("in 89% of cases"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 14 Corrinford Police and Crime Plan extract: "I will" sentences, "we will:" and "I will:" bullet lists, a
# "The Chief Constable will" commitment in the Commissioner's plan; traps: a quoted resident, a capitals slogan,
# a forecast, what the Ministry of Justice will do, success measures
d = Doc("14_corrinford-police-and-crime-plan-2025-2029-extract.txt")
P1, P2, P3, F = ("Priority 1: Neighbourhoods you can trust", "Priority 2: Protecting people from harm",
                 "Priority 3: A fair and effective justice system", "Foreword")
write(d,
      parts=[part("plan", "Corrinford Police and Crime Plan 2025-2029: Safer Streets, Stronger Communities (extract)", 1,
                  d.last, None)],
      commitments=[com("I will keep that promise.", F, d.L("I will keep that promise")),
                   com("I will also be honest with you when things are not working.", F, d.L("also be honest")),
                   com("recruit 150 additional neighbourhood officers and PCSOs by March 2028;", P1, d.L("- recruit 150")),
                   com("open two new police front counters, in Wickby and Halston;", P1, d.L("- open two new")),
                   com("publish neighbourhood crime figures for every ward each month.", P1, d.L("- publish neighbourhood")),
                   com("The Chief Constable will introduce a named officer for every ward by April 2026.", P1,
                       d.L("The Chief Constable will introduce")),
                   com("We will commission a new specialist stalking advocacy service in 2026, and we will double the "
                       "funding for the domestic abuse perpetrator programme.", P2, d.L("We will commission")),
                   com("fund a sexual assault referral centre for children in the north of the county;", P2,
                       d.L("* fund a sexual")),
                   com("ask the force to report to me every quarter on the timeliness of child protection "
                       "investigations.", P2, d.L("* ask the force")),
                   com("We propose to fund the support workers attached to the court for its first two years.", P3,
                       d.L("We propose to fund"))],
      )

# ---------------------------------------------------------------------------------------------------------
# 15 Brackwater MBC scrutiny recommendations tracker: TAB table with "(a)".."(d)" numbering, an "Addressed to"
# column (Cabinet Member, council post, a committee, the Leader), Cabinet response, progress and a RAG word incl. Grey
d = Doc("15_brackwater-scrutiny-recommendations-tracker-2025-12.txt")
R = "Crime and Disorder Committee review of hate crime (Brackwater MBC, February 2025)"
rows = [("a", "Fund a third-party hate crime reporting centre in each of the borough's four towns",
         "Cabinet Member for Communities", "Amber"),
        ("b", "Publish hate crime figures by ward on the council's website every quarter", "Head of Community Safety",
         "Green"),
        ("c", "Train all taxi drivers licensed by the council to recognise and report hate crime", "Licensing Committee",
         "Red"),
        ("d", "Ask the Police and Crime Commissioner to fund a hate crime caseworker", "Leader of the Council", "Grey")]
write(d,
      parts=[part("report", "Tracking of scrutiny recommendations (Brackwater MBC Crime and Disorder Committee, Item 6, "
                  "9 December 2025)", 1, d.last, "2025-12-09")],
      recommendations=[rec(R, n, t, a, d.L(f"({n})\t")) for n, t, a, _ in rows],
      recommendation_updates=[upd(n, t, s, d.L(f"({n})\t"), d.L(f"({n})\t")) for n, t, _, s in rows],
      tables=[table("Tracking of scrutiny recommendations: review of hate crime", d.L("Rec\tRecommendation"),
                    d.L("(d)\t"), ["Rec", "Recommendation", "Addressed to", "Cabinet response",
                                   "Progress at November 2025", "Status"])],
      )

if __name__ == "__main__":
    for name, ln, anchor, text in LOG:
        print(f"{name[:22]:22} {ln:4}  [{anchor[:26]:26}]  {text[:92]}")
    print(len(list(GOLD.glob('*.json'))), "gold files written")
