#!/usr/bin/env python3
"""Build tests/genre2/gold/<stem>.json from the annotations below (second held-out corpus).

Every line number is found from an anchor string that must occur on exactly one line of the document (or the
n-th matching line when n is given), so an edit to a document cannot silently shift the gold.
Run:  python3 tests/genre2/tools/make_gold.py   (writes gold/ and prints every anchored line for checking)
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
    return {"report": report, "number": number, "text": text, "addressee": addressee, "line": line,
            "locations": sorted(set(locations or [line]))}


# ---------------------------------------------------------------------------------------------------------
# 01 Tarnside Police and Crime Panel minutes, 10 July 2025 ("Min. No. 41" numbering)
d = Doc("01_tarnside-pcp-minutes-2025-07-10.txt")
D = "2025-07-10"
write(d,
      parts=[part("minutes", "Minutes of the Tarnside Police and Crime Panel, 10 July 2025 (Min. Nos. 38-47)", 1,
                  d.L("Page 3 of 4"), D)],
      meetings=[meeting("Tarnside Police and Crime Panel", D, d.L("MINUTES of the meeting"), "14:00",
                        "Council Chamber, Kendrick House, Market Street, Harrowgill, HG4 7LT", "Gareth Mossop",
                        ["Gareth Mossop", "Hazel Ambler", "Neil Bainbridge", "Priya Chauhan", "Robert Fairclough",
                         "Denise Holroyd", "Keith Longstaff", "Angela Whitworth", "Samuel Ogunleye"],
                        ["Marjorie Sugden", "Imtiaz Rashid"], ["Neil Bainbridge"])],
      minute_items=[
          mi(D, "38", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", None, d.L("Min. No. 38")),
          mi(D, "39", "DECLARATIONS OF INTEREST", None, d.L("Min. No. 39")),
          mi(D, "40", "MINUTES OF THE MEETING HELD ON 20 MARCH 2025", "approved", d.L("Min. No. 40")),
          mi(D, "41", "PUBLIC QUESTION TIME", None, d.L("Min. No. 41")),
          mi(D, "42", "POLICE AND CRIME COMMISSIONER'S ANNUAL REPORT 2024/25", "noted", d.L("Min. No. 42")),
          mi(D, "43", "VIOLENCE AGAINST WOMEN AND GIRLS STRATEGY - PROGRESS REPORT", "noted",
             d.L("Min. No. 43   VIOLENCE")),
          mi(D, "44", "PANEL BUDGET 2025/26 AND HOME OFFICE GRANT", "approved", d.L("Min. No. 44")),
          mi(D, "45", "COMPLAINTS AGAINST THE COMMISSIONER", "noted", d.L("Min. No. 45")),
          mi(D, "46", "WORK PROGRAMME 2025/26", "approved", d.L("Min. No. 46")),
          mi(D, "47", "DATE OF NEXT MEETING", None, d.L("Min. No. 47")),
      ],
      resolutions=[
          res(D, "40", "the minutes of the meeting held on 20 March 2025 be confirmed as a correct record and signed "
              "by the Chair.", d.L("It was RESOLVED that the minutes")),
          res(D, "42", "the Police and Crime Commissioner's Annual Report 2024/25 be noted; and",
              d.L("(1) the Police and Crime")),
          res(D, "42", "the Panel makes the following recommendation to the Commissioner under section 28(4) of the "
              "Police Reform and Social Responsibility Act 2011.", d.L("(2) the Panel makes")),
          res(D, "43", "to note the progress made in delivering the Violence Against Women and Girls Strategy; and",
              d.L("(a) to note the progress")),
          res(D, "43", "to request a further progress report, including charge rates for rape and serious sexual "
              "offences, for its meeting in January 2026.", d.L("(b) to request a further")),
          res(D, "44", "the Panel's budget for 2025/26 be approved and that the Panel Support Officer be authorised to "
              "submit the grant claim to the Home Office.", d.L("It was RESOLVED that the Panel's budget")),
          res(D, "46", "the work programme be approved, subject to the addition of an item on neighbourhood policing at "
              "the meeting on 9 October 2025.", d.L("It was RESOLVED that the work programme")),
      ],
      actions=[
          act(D, "41", "The Commissioner agreed to send Mrs Crabtree a full written response, with the surgery dates "
              "to December, within 14 days.", "OPCC", d.L("The Commissioner agreed to send"),
              person="Julian Thwaite", deadline="within 14 days"),
          act(D, "42", "the Chief Constable undertook to provide the Panel with the number of livestock worrying "
              "offences recorded in each of the last three years, broken down by district.", "Tarnside Constabulary",
              d.L("the Chief Constable undertook"), person="Louise Garside"),
          act(D, "43", "Ms Dunning agreed to circulate the independent evaluation of the night-time outreach service "
              "to members when it was received in September.", "OPCC", d.L("Ms Dunning agreed to circulate"),
              person="Rebecca Dunning", deadline="September 2025"),
          act(D, "46", "Mr Ackroyd would circulate a revised work programme to members by the end of July.",
              "Democratic Services", d.L("Mr Ackroyd would circulate"), person="Tom Ackroyd", deadline="2025-07-31"),
      ],
      questions=[{"to": "Police and Crime Commissioner", "asked_by": "Eileen Crabtree",
                  "text": "Since the police office in Skelwith closed last autumn, how does the Commissioner intend to "
                          "make sure that people in the upper dale can still report crime in person and see officers "
                          "in the village?", "line": d.L('"Since the police office')}],
      recommendations=[rec("Tarnside Police and Crime Panel: review of the PCC's Annual Report 2024/25", None,
                           "That future annual reports set out, for each priority in the Police and Crime Plan, the "
                           "outcome measures and the change against the previous year, and not only the activity "
                           "undertaken.", "Police and Crime Commissioner", d.L("That future annual reports"))],
      indicators=[
          ind("Total recorded crime", 61380, "2024/25", d.L("He highlighted that total recorded crime")),
          ind("999 calls answered within ten seconds (%)", 92.7, "2024/25", d.L("that the proportion of 999 calls")),
          ind("Rape offences resulting in a charge or summons (%)", 6.1, "2024/25",
              d.L("Members welcomed the progress but noted")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 02 Pennard Police and Crime Panel minutes, 22 September 2025 ("17/25" numbering, "The Panel AGREED:" lists)
d = Doc("02_pennard-pcp-minutes-2025-09-22.txt")
D = "2025-09-22"
write(d,
      parts=[part("minutes", "Minutes of the Pennard Police and Crime Panel, 22 September 2025 (14/25-21/25)", 1,
                  len(d.lines), D)],
      meetings=[meeting("Pennard Police and Crime Panel", D, d.L("Minutes of a meeting of the Pennard"), "10:30",
                        "County Hall, Llanfair Cerrig, and by Microsoft Teams", "Siân Prothero",
                        ["Siân Prothero", "Dylan Evans", "Mared Howells", "Gwyn Pugh", "Tomos Rowlands", "Ann Beddoe",
                         "Bethan Morgan", "Huw Bevan", "Nia Carrington"],
                        ["Rhodri Lewis", "Edward Hartley"], ["Bethan Morgan"])],
      minute_items=[
          mi(D, "14/25", "APOLOGIES FOR ABSENCE", None, d.L("14/25   APOLOGIES")),
          mi(D, "15/25", "DECLARATIONS OF PERSONAL INTEREST", None, d.L("15/25   DECLARATIONS")),
          mi(D, "16/25", "MINUTES", "approved", d.L("16/25   MINUTES")),
          mi(D, "17/25", "POLICE AND CRIME COMMISSIONER'S UPDATE - QUARTER 1 2025/26", "noted", d.L("17/25   POLICE")),
          mi(D, "18/25", "ESTATES STRATEGY 2025-2030", "noted", d.L("18/25   ESTATES")),
          mi(D, "19/25", "WELSH LANGUAGE STANDARDS - ANNUAL COMPLIANCE REPORT", "noted", d.L("19/25   WELSH")),
          mi(D, "20/25", "FORWARD WORK PROGRAMME", "agreed", d.L("20/25   FORWARD")),
          mi(D, "21/25", "DATE OF NEXT MEETING", None, d.L("21/25   DATE")),
      ],
      resolutions=[
          res(D, "16/25", "the minutes of the meeting held on 23 June 2025 be approved as a correct record.",
              d.L("RESOLVED that the minutes")),
          res(D, "17/25", "To note the Commissioner's update for Quarter 1 2025/26.", d.L("1. To note the Commissioner")),
          res(D, "17/25", "To ask the Commissioner to include 101 abandonment rates in each future quarterly update.",
              d.L("2. To ask the Commissioner")),
          res(D, "17/25", "To write to the Home Office supporting the Commissioner's bid for rural crime funding.",
              d.L("3. To write to the Home Office")),
          res(D, "18/25", "the Panel notes the draft Estates Strategy 2025-2030; and", d.L("(i) the Panel notes")),
          res(D, "18/25", "the Panel's comments on the proposed closure of the Porth Wen front counter be sent to the "
              "Commissioner before she takes a final decision.", d.L("(ii) the Panel's comments")),
          res(D, "19/25", "the annual compliance report be noted.", d.L("RESOLVED that the annual compliance")),
          res(D, "20/25", "To add a report on the use of stop and search in the night-time economy to the meeting on "
              "17 November 2025.", d.L("1. To add a report")),
          res(D, "20/25", "To hold an informal briefing on the 2026/27 precept in December 2025.",
              d.L("2. To hold an informal")),
      ],
      actions=[
          act(D, "17/25", "The Assistant Chief Constable agreed to provide a breakdown of neighbourhood officer and PCSO "
              "numbers by local policing unit as at 30 September 2025.", "Pennard Police",
              d.L("Assistant Chief Constable agreed to provide"), person="Owain Powell"),
          act(D, "17/25", "The Chief Executive said the response would be published on the OPCC website by 31 October "
              "2025.", "OPCC", d.L("The Chief Executive said the response"), person="Emyr Lloyd",
              deadline="2025-10-31"),
          act(D, "17/25", "Scrutiny Officer to draft the letter to the Home Office for the Chair's signature.",
              "Scrutiny Officer", d.L("ACTION: Scrutiny Officer"), person="Lowri Hughes"),
          act(D, "18/25", "Mrs Vaughan-Price said that one had been prepared and would circulate it to members within "
              "two weeks.", "OPCC", d.L("that one had been prepared and would circulate"),
              person="Helen Vaughan-Price", deadline="within two weeks"),
      ],
      indicators=[
          ind("101 calls answered within 60 seconds (%)", 88.6, "Q1 2025/26", d.L("101 calls answered within 60"),
              target="90%"),
          ind("Visitors to the Porth Wen front counter", 1140, "2024/25", d.L("1,140 members")),
          ind("OPCC staff able to speak Welsh to a conversational level (%)", 42, "31 March 2025", d.L("42% of OPCC")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 03 Wealdshire County Council scrutiny committee minutes, 3 June 2025 ("DECISION:", (i)/(ii), action table)
d = Doc("03_wealdshire-cc-community-safety-scrutiny-2025-06-03.txt")
D = "2025-06-03"
T = "ACTIONS ARISING"
write(d,
      parts=[part("minutes", "Minutes of the Wealdshire Communities and Community Safety Scrutiny Committee, "
                  "3 June 2025, with actions arising", 1, len(d.lines), D)],
      meetings=[meeting("Communities and Community Safety Scrutiny Committee", D,
                        d.L("Minutes of the meeting held on Tuesday"), "10:00", "Ashdown Room, County Hall, Maidbridge",
                        "P. Haverstock",
                        ["P. Haverstock", "J. Lacey-Hunt", "A. Corbyn-Wise", "R. Devereux", "K. Iqbal", "S. Mallory",
                         "D. Tranter"], ["T. Belling", "C. Ormerod"])],
      minute_items=[
          mi(D, "1", "APOLOGIES AND SUBSTITUTES", None, d.L("1.   APOLOGIES")),
          mi(D, "2", "DECLARATIONS OF INTEREST", None, d.L("2.   DECLARATIONS")),
          mi(D, "3", "MINUTES OF THE MEETING HELD ON 11 MARCH 2025", "agreed", d.L("3.   MINUTES")),
          mi(D, "4", "COMMUNITY SAFETY AGREEMENT 2025-2028", "endorsed", d.L("4.   COMMUNITY SAFETY")),
          mi(D, "5", "DOORSTEP CRIME AND RAPID RESPONSE PARTNERSHIP", "noted", d.L("5.   DOORSTEP")),
          mi(D, "6", "CCTV REVIEW - TASK GROUP SCOPING", "agreed", d.L("6.   CCTV")),
          mi(D, "7", "WORK PROGRAMME", "agreed", d.L("7.   WORK")),
      ],
      resolutions=[
          res(D, "3", "The minutes of the meeting held on 11 March 2025 were agreed as a correct record.",
              d.L("DECISION: The minutes")),
          res(D, "4", "The Committee endorsed the four priorities in the draft Community Safety Agreement 2025-2028.",
              d.L("(i)  The Committee endorsed")),
          res(D, "4", "The Committee recommended to the Cabinet Member that fraud against older people should include "
              "doorstep and telephone scams as well as online fraud.", d.L("(ii) The Committee recommended")),
          res(D, "4", "The Committee asked for the outcomes framework to come back to its meeting on 16 September 2025.",
              d.L("(iii) The Committee asked")),
          res(D, "5", "The Committee noted the report and thanked the Trading Standards team for its work.",
              d.L("DECISION: The Committee noted")),
          res(D, "6", "The Committee agreed the scope of the CCTV task group review.", d.L("(i)  The Committee agreed")),
          res(D, "6", "Mr Tranter, Ms Devereux and Mrs Lacey-Hunt were appointed to the task group, with Mr Tranter as "
              "lead member.", d.L("(ii) Mr Tranter")),
          res(D, "7", "The Committee agreed its work programme for 2025/26, subject to the changes agreed at this "
              "meeting.", d.L("DECISION: The Committee agreed its work")),
      ],
      actions=[
          act(D, "4", "Ms Salt undertook to bring a draft outcomes framework, with baselines for each priority, to the "
              "Committee in September.", "Head of Community Safety", d.L("Ms Salt undertook"), person="Gemma Salt",
              deadline="2025-09-16", locations=[d.L("Ms Salt undertook"), d.L("| Draft outcomes framework")]),
          act(D, "4", "Superintendent Rutherford agreed to provide figures on health referrals to the domestic abuse "
              "hub for 2024/25.", "Wealdshire Police", d.L("Rutherford agreed to provide"), person="Claire Rutherford",
              deadline="2025-07-31", locations=[d.L("Rutherford agreed to provide"), d.L("| Figures on health")]),
          act(D, "5", "Mr Desai said he would send members a map of call-outs by parish.", "Trading Standards",
              d.L("Mr Desai said he would send"), person="Vikram Desai", deadline="2025-06-30",
              locations=[d.L("Mr Desai said he would send"), d.L("| Map of doorstep")]),
          act(D, "6", "Arrange first meeting of the CCTV task group", "Scrutiny Officer", d.L("| Arrange first meeting"),
              person="Anna Frith", deadline="2025-06-30"),
      ],
      recommendations=[rec("Communities and Community Safety Scrutiny Committee, 3 June 2025, minute 4", None,
                           "The Committee recommended to the Cabinet Member that fraud against older people should "
                           "include doorstep and telephone scams as well as online fraud.",
                           "Cabinet Member for Communities", d.L("(ii) The Committee recommended"))],
      indicators=[
          ind("Anti-social behaviour incidents reported to the police", 14208, "2024/25", d.L("had fallen to 14,208")),
          ind("Anti-social behaviour incidents reported to the police", 15930, "2023/24", d.L("had fallen to 14,208")),
          ind("Doorstep crime incidents attended by the rapid response service", 187, "2024/25",
              d.L("rapid response service had attended 187")),
          ind("Doorstep crime losses prevented (estimated, £)", 412000, "2024/25", d.L("prevented losses estimated")),
      ],
      tables=[table(T, d.L("| Minute | Action"), d.L("| Arrange first meeting"),
                    ["Minute", "Action", "Action by", "Target date"])],
      )

# ---------------------------------------------------------------------------------------------------------
# 04 Tarnside PCC decision record
d = Doc("04_tarnside-pcc-decision-notice-2025-017.txt")
R = "PCC/DN/2025/017 Sexual Assault Referral Centre - award of contract 2026-2031"
write(d,
      parts=[part("other", "Decision record PCC/DN/2025/017: Sexual Assault Referral Centre - award of contract "
                  "2026-2031", 1, len(d.lines), "2025-08-14")],
      recommendations=[
          rec(R, "(a)", "approves the award of the contract for SARC services for 1 April 2026 to 31 March 2031 to "
              "Northern Forensic Care CIC, at a total cost to the Commissioner of £2,145,000 over five years;",
              "Police and Crime Commissioner", d.L("(a) approves the award")),
          rec(R, "(b)", "delegates authority to the Chief Executive to agree the final terms of the contract with NHS "
              "England and the provider; and", "Police and Crime Commissioner", d.L("(b) delegates authority")),
          rec(R, "(c)", "approves the use of £60,000 from the Victims' Services reserve to fund mobilisation costs in "
              "2025/26.", "Police and Crime Commissioner", d.L("(c) approves the use")),
      ],
      indicators=[
          ind("SARC clients seen", 642, "2024/25", d.L("the SARC saw 642")),
          ind("SARC clients aged under 18 (%)", 38, "2024/25", d.L("the SARC saw 642")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 05 Pennard PCP actions and recommendations tracker (pipe-separated, Status and RAG columns)
d = Doc("05_pennard-pcp-actions-tracker-2025-11.txt")
A = [("A/25/07", "2025-06-23", "9/25", "Provide the Panel with the number of officers trained in the use of the "
      "Welsh-language victim contact script", "Pennard Police", "2025-09-22", "Complete"),
     ("A/25/08", "2025-06-23", "10/25", "Share the OPCC's commissioning intentions for victim services 2026/27",
      "OPCC", "2025-09-22", "Complete"),
     ("A/25/09", "2025-06-23", "11/25", "Arrange a visit for members to the joint control room at Bryn Castell",
      "Scrutiny Officer", "2025-10-31", "In progress"),
     ("A/25/10", "2025-09-22", "17/25", "Provide a breakdown of neighbourhood officer and PCSO numbers by local "
      "policing unit as at 30 September 2025", "Pennard Police", "2025-11-17", "Not started"),
     ("A/25/11", "2025-09-22", "17/25", "Draft a letter to the Home Office supporting the bid for rural crime funding",
      "Scrutiny Officer", "2025-10-06", "Complete"),
     ("A/25/12", "2025-09-22", "18/25", "Circulate the community impact assessment for the Porth Wen front counter "
      "closure", "OPCC", "2025-10-06", "Overdue")]
RR = [("R/25/01", "That the Commissioner publishes a breakdown of how the precept increase will be spent on "
       "neighbourhood policing", "Implemented"),
      ("R/25/02", "That the Commissioner commissions an independent review of the out-of-court resolutions scrutiny "
       "panel", "In progress"),
      ("R/25/03", "That the Commissioner's annual report includes the outcome rate for every crime type in the "
       "Police and Crime Plan", "Awaiting response")]
RPT = "Pennard Police and Crime Panel recommendations to the Commissioner"
write(d,
      parts=[part("action_list", "Pennard Police and Crime Panel actions and recommendations tracker, updated "
                  "5 November 2025 (agenda item 5, appendix A, 17 November 2025)", 1, len(d.lines), "2025-11-05")],
      actions=[act(md, mn, t, o, d.L(ref + " |"), status=st, deadline=dl) for ref, md, mn, t, o, dl, st in A],
      recommendations=[rec(RPT, ref, t, "Police and Crime Commissioner", d.L(ref + " |")) for ref, t, _ in RR],
      recommendation_updates=[{"recommendation_number": ref, "recommendation_text": t, "status": st,
                               "start_line": d.L(ref + " |"), "end_line": d.L(ref + " |")} for ref, t, st in RR],
      tables=[table("SECTION A - ACTIONS ARISING FROM PANEL MEETINGS", d.L("Ref | Meeting | Minute"),
                    d.L("A/25/12 |"), ["Ref", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "RAG",
                                       "Update"]),
              table("SECTION B - PANEL RECOMMENDATIONS TO THE COMMISSIONER", d.L("Ref | Meeting | Recommendation"),
                    d.L("R/25/03 |"), ["Ref", "Meeting", "Recommendation", "Commissioner's response", "Status",
                                       "RAG", "Update"])],
      )

# ---------------------------------------------------------------------------------------------------------
# 06 Justice Committee report extract: conclusions and recommendations (conclusions mixed in), formal minutes
d = Doc("06_hoc-justice-committee-victims-backlog-report-extract.txt")
R = "Justice Committee, Victims and the Crown Court backlog (Seventh Report of Session 2024-26, HC 744)"
write(d,
      parts=[part("report", "Justice Committee: Victims and the Crown Court backlog, HC 744 (extract: chapter 3, "
                  "conclusions and recommendations, formal minutes)", 1, len(d.lines), "2025-10-30")],
      meetings=[meeting("Justice Committee", "2025-10-21", d.L("Tuesday 21 October 2025"), chair="Sir Alan Whitcombe",
                        present=["Sir Alan Whitcombe", "Rosa Delacourt", "Martin Fennimore", "Hugh Larkspur",
                                 "Naomi Penrose", "Daniel Quarrie"])],
      resolutions=[res("2025-10-21", None, "That the Report be the Seventh Report of the Committee to the House.",
                       d.L("Resolved, That the Report"))],
      recommendations=[
          rec(R, "2", "The Ministry of Justice should publish, alongside each set of quarterly Criminal Court "
              "Statistics, the number of cases that have waited more than two years from charge to trial, broken "
              "down by offence group and court centre.", "Ministry of Justice", d.L("2.  The Ministry of Justice")),
          rec(R, "3", "The Government should commit to a multi-year allocation of sitting days, set at least three "
              "years ahead, so that the judiciary and HM Courts & Tribunals Service can plan recruitment of "
              "recorders.", "Government", d.L("3.  We welcome")),
          rec(R, "5", "The Ministry of Justice should fund each Witness Care Unit to a caseload of no more than 150 "
              "live cases per officer by April 2027, and report to us annually on progress towards that level.",
              "Ministry of Justice", d.L("The Ministry of Justice should fund each", 1),
              locations=[d.L("The Ministry of Justice should fund each", 1), d.L("5.  The Ministry of Justice")]),
          rec(R, "6", "We recommend that the Government extend pre-recorded cross-examination under section 28 of the "
              "Youth Justice and Criminal Evidence Act 1999 to all adult victims of rape and serious sexual offences "
              "in every Crown Court centre by the end of 2026.", "Government", d.L("6.  We recommend")),
          rec(R, "8", "The Crown Prosecution Service and the National Police Chiefs' Council should jointly publish "
              "data on victim withdrawal after charge, by offence type and by length of wait, within twelve months "
              "of this report.", "Crown Prosecution Service and National Police Chiefs' Council",
              d.L("8.  The Crown Prosecution")),
          rec(R, "9", "The Government should set a target for the maximum time from charge to trial for cases "
              "involving a victim of rape, and report to Parliament on performance against it every six months.",
              "Government", d.L("9.  The Government should set")),
      ],
      indicators=[
          ind("Victims kept informed throughout their case (%)", 54, "2024-25", d.L("In 2024-25 only 54%")),
          ind("Crown Court outstanding caseload", 74120, "end of June 2025", d.L("reached 74,120")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 07 Government response to the Justice Committee (restated recommendations, "The Government agrees…")
d = Doc("07_moj-government-response-victims-backlog-2025-12.txt")
RECS = [("2", "The Ministry of Justice should publish, alongside each set of quarterly Criminal Court Statistics, the "
         "number of cases that have waited more than two years from charge to trial, broken down by offence group "
         "and court centre.", "Ministry of Justice", "The Ministry of Justice should publish"),
        ("3", "The Government should commit to a multi-year allocation of sitting days, set at least three years "
         "ahead, so that the judiciary and HM Courts & Tribunals Service can plan recruitment of recorders.",
         "Government", "The Government should commit"),
        ("5", "The Ministry of Justice should fund each Witness Care Unit to a caseload of no more than 150 live cases "
         "per officer by April 2027, and report to the Committee annually on progress.", "Ministry of Justice",
         "The Ministry of Justice should fund"),
        ("6", "We recommend that the Government extend pre-recorded cross-examination under section 28 of the Youth "
         "Justice and Criminal Evidence Act 1999 to all adult victims of rape and serious sexual offences in every "
         "Crown Court centre by the end of 2026.", "Government", "We recommend that the Government"),
        ("8", "The Crown Prosecution Service and the National Police Chiefs' Council should jointly publish data on "
         "victim withdrawal after charge, by offence type and by length of wait, within twelve months of this "
         "report.", "Crown Prosecution Service and National Police Chiefs' Council", "The Crown Prosecution Service"),
        ("9", "The Government should set a target for the maximum time from charge to trial for cases involving a "
         "victim of rape, and report to Parliament on performance against it every six months.", "Government",
         "The Government should set a target")]
R = "Justice Committee, Victims and the Crown Court backlog (HC 744)"


def heading(h):
    """Line of a heading that is exactly h (the same words also occur inside other lines)."""
    hits = [i + 1 for i, s in enumerate(d.lines) if s.strip() == h]
    assert len(hits) == 1, (h, hits)
    LOG.append((d.name, hits[0], h, d.lines[hits[0] - 1]))
    return hits[0]


RESP = [("Recommendation 2", "agreed", "The Government agrees with this recommendation"),
        ("Recommendation 3", "partly agreed", "The Government partially agrees"),
        ("Recommendation 5", "not accepted", "The Government does not accept this recommendation"),
        ("Recommendation 6", "agreed in principle", "The Government agrees with the aim"),
        ("Recommendations 8 and 9", "8 accepted; 9 not accepted", "The Government accepts recommendation 8")]
T2, T3, T5, T6, T89 = (x[0] for x in RESP)
write(d,
      parts=[part("report", "Government Response to the Justice Committee's Seventh Report of Session 2024-26: "
                  "Victims and the Crown Court backlog (CP 1402)", 1, len(d.lines), "2025-12")],
      recommendations=[rec(R, n, t, ad, d.L(anc)) for n, t, ad, anc in RECS],
      responses=[{"topic": h, "responds_to": f"{h} of HC 744", "stance": st, "start_line": heading(h), "line": d.L(anc)}
                 for h, st, anc in RESP],
      commitments=[
          com("We will publish this data, by offence group and court centre, from the Criminal Court Statistics "
              "release for April to June 2026 onwards.", T2, d.L("years is already shared with the senior judiciary")),
          com("However, we will give the Lady Chief Justice an indicative allocation for 2027-28 alongside the "
              "confirmed allocation for 2026-27, so that recruitment rounds can be planned.", T3, d.L("However, we will")),
          com("The Ministry of Justice will work with the National Police Chiefs' Council to publish a good-practice "
              "caseload model by September 2026.", T5, d.L("The Ministry of Justice will work")),
          com("We will issue revised guidance to Independent Sexual Violence Advisers and witness care staff by June "
              "2026 so that every eligible victim is told about section 28 at the charging stage.", T6,
              d.L("We will issue revised")),
          com("Instead, we will report to Parliament every six months on median and 90th percentile waiting times "
              "from charge to trial for adult rape cases.", T89, d.L("Instead, we will report")),
          com("We will write to the Committee in twelve months to report progress against each of the commitments in "
              "this response.", "Conclusion", d.L("We will write to the Committee")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 08 HMICFRS-style inspection report: recommendations with deadlines and areas for improvement
d = Doc("08_hmicfrs-stalking-inspection-2025.txt")
R = "HMICFRS, Closing the gap: an inspection of the police response to stalking and harassment (November 2025)"
write(d,
      parts=[part("report", "HMICFRS: Closing the gap - an inspection of the police response to stalking and "
                  "harassment (extract)", 1, len(d.lines), "2025-11")],
      recommendations=[
          rec(R, "1", "By 31 March 2026, chief constables should make sure that every crime report involving "
              "harassment, malicious communications or breach of a protective order is reviewed within 48 hours to "
              "identify whether stalking should be recorded instead.", "Chief constables",
              d.L("By 31 March 2026, chief constables should make sure that every", 1),
              locations=[d.L("By 31 March 2026, chief constables should make sure that every", 1),
                         d.L("By 31 March 2026, chief constables should make sure that every", 2)]),
          rec(R, "2", "By 31 March 2026, chief constables should make sure that call handlers and first responders use "
              "a structured stalking screening tool, and that the results are recorded on the crime report.",
              "Chief constables", d.L("make sure that call handlers")),
          rec(R, "3", "By 30 September 2026, the College of Policing should update its authorised professional "
              "practice on stalking to include guidance on applying for stalking protection orders at the earliest "
              "opportunity.", "College of Policing", d.L("By 30 September 2026")),
          rec(R, "4", "By 30 June 2026, the National Police Chiefs' Council lead for stalking and harassment should "
              "agree with the Home Office a national minimum data set for stalking protection orders, including "
              "breaches.", "National Police Chiefs' Council lead for stalking and harassment",
              d.L("By 30 June 2026")),
          rec(R, "AFI 1", "Forces should improve the quality of supervision of stalking investigations, so that "
              "supervisors record a clear investigation plan within seven days.", "Forces",
              d.L("Forces should improve the quality")),
          rec(R, "AFI 2", "Forces should make sure that victims of stalking are referred to a specialist advocacy "
              "service in every case where the victim consents.", "Forces", d.L("Forces should make sure that victims")),
      ],
      indicators=[
          ind("Stalking offences recorded", 131402, "year ending March 2025", d.L("Forces recorded 131,402")),
          ind("Stalking offences resulting in a charge or summons (%)", 3.1, "year ending March 2025",
              d.L("Only 3.1 per cent")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 09 Chief Constable's letter answering the Tarnside Panel's questions ("You asked:" / "Answer:")
d = Doc("09_tarnside-constabulary-letter-2025-08-04.txt")
Q = [("How many livestock worrying offences have been recorded in each of the last three years, and how are they "
      "distributed across the districts?", "You asked: How many livestock", 1),
     ("Why has the number of Rural and Wildlife Crime Team officers not increased since 2023, when the "
      "Commissioner's plan promised a larger team?", "You asked: Why has", 2),
     ("What proportion of 999 calls were answered within ten seconds in June 2025, and what is the force doing about "
      "the weekend dip that members had heard about?", "You asked: What proportion", 3),
     ("Will the force publish the outcome of its review of rural response times?", "You asked: Will the force", 4)]
write(d,
      parts=[part("letter", "Letter from the Chief Constable of Tarnside Constabulary to the Chair of the Tarnside "
                  "Police and Crime Panel, 4 August 2025: questions taken away from 10 July 2025", 1, len(d.lines),
                  "2025-08-04")],
      letters=[{"date": "2025-08-04", "from_name": "Louise Garside", "from_role": "Chief Constable",
                "to_name": "Gareth Mossop", "to_role": "Chair, Tarnside Police and Crime Panel",
                "subject": "Tarnside Police and Crime Panel - 10 July 2025: questions taken away",
                "responds_to_meeting_date": "2025-07-10", "start_line": 1, "end_line": d.L("Page 2 of 2"),
                "questions": [{"text": t, "line": d.L(anc), "answer_line": d.L("Answer:", n)} for t, anc, n in Q]}],
      commitments=[
          com("We will keep the team at twelve officers for the rest of the current Police and Crime Plan.",
              "Rural and Wildlife Crime Team", d.L("We will keep the team")),
          com("From October we will move six call handlers from the weekday day shift to Friday and Saturday evenings.",
              "999 call handling", d.L("From October we will")),
          com("I will then send a summary to the Panel.", "Rural response times review", d.L("I will then send")),
      ],
      indicators=[
          ind("Livestock worrying offences recorded", 131, "2024/25", d.L("Recorded offences rose from 96"),
              locations=[d.L("Recorded offences rose from 96"), d.L("   Total  ")]),
          ind("Livestock worrying offences recorded", 96, "2022/23", d.L("Recorded offences rose from 96"),
              locations=[d.L("Recorded offences rose from 96"), d.L("   Total  ")]),
          ind("Livestock worrying offences recorded", 108, "2023/24", d.L("   Total  ")),
          ind("999 calls answered within ten seconds (%)", 93.4, "June 2025", d.L("93.4 per cent"), target="90%"),
          ind("999 calls answered within ten seconds at weekends (%)", 88.9, "June 2025", d.L("88.9 per cent")),
      ],
      tables=[table("Livestock worrying offences by district", d.L("   District  "), d.L("   Total  "),
                    ["District", "2022/23", "2023/24", "2024/25"],
                    [["Fellside", 41, 52, 67], ["Harrowgill", 12, 10, 14], ["Lunedale", 28, 30, 33],
                     ["Ribbleton", 15, 16, 17], ["Total", 96, 108, 131]])],
      )

# ---------------------------------------------------------------------------------------------------------
# 10 Council scrutiny review of knife crime ("The Committee recommends that…", summary + body copy)
d = Doc("10_hollinsbury-knife-crime-scrutiny-review-2025.txt")
R = "Hollinsbury Safer and Stronger Communities Scrutiny Committee: Knife crime and serious youth violence (Nov 2025)"
write(d,
      parts=[part("report", "Hollinsbury Borough Council scrutiny review: knife crime and serious youth violence, "
                  "final report, November 2025", 1, len(d.lines), "2025-11")],
      recommendations=[
          rec(R, "R1", "The Committee recommends that the Council and Hollinsbury Police jointly fund a hospital-based "
              "youth worker in the emergency department at Hollinsbury General Hospital from April 2026.",
              "Council and Hollinsbury Police", d.L("R1   The Committee"),
              locations=[d.L("R1   The Committee"), d.L("2.2 The Committee recommends")]),
          rec(R, "R2", "The Committee recommends that the Cabinet Member for Children and Families ensures that every "
              "secondary school in the borough has a named safer schools officer or youth worker by September 2026.",
              "Cabinet Member for Children and Families", d.L("R2   The Committee")),
          rec(R, "R3", "The Committee recommends that the Community Safety Partnership publishes a knife crime "
              "dashboard each quarter, showing offences, hospital admissions and exclusions by ward.",
              "Community Safety Partnership", d.L("R3   The Committee")),
          rec(R, "R4", "The Committee recommends that the Executive reviews the use of permanent exclusions and reduced "
              "timetables with the borough's academy trusts and reports back to this Committee within twelve "
              "months.", "Executive", d.L("R4   The Committee")),
          rec(R, "R5", "The Committee recommends that the Council's licensing team works with retailers to run test "
              "purchasing of knives at least twice a year.", "Council licensing team", d.L("R5   The Committee")),
      ],
      indicators=[
          ind("Knife crime offences recorded", 248, "2024/25", d.L("1.1 Knife crime offences"),
              locations=[d.L("1.1 Knife crime offences"), d.L("Borough total |")]),
          ind("Knife crime offences recorded", 212, "2022/23", d.L("1.1 Knife crime offences")),
          ind("Knife injury admissions aged under 25 (%)", 46, "2024/25", d.L("accounted for 46 per cent")),
          ind("Permanent exclusions", 58, "2024/25", d.L("58 pupils")),
          ind("Permanent exclusions", 39, "2022/23", d.L("58 pupils")),
      ],
      tables=[table("Table 1: Knife crime offences by area, 2024/25", d.L("Area | Offences"), d.L("Borough total |"),
                    ["Area", "Offences", "Under-25 victims", "Share of borough total"],
                    [["Town Centre", 96, 41, 38.7], ["Eastfield", 71, 35, 28.6], ["Moorhead", 48, 19, 19.4],
                     ["Rural wards", 33, 12, 13.3], ["Borough total", 248, 107, 100]])],
      )

# ---------------------------------------------------------------------------------------------------------
# 11 Marrowdale Police and Crime Plan extract ("I will", "We will", "Our commitments:", measures of success)
d = Doc("11_marrowdale-police-and-crime-plan-2025-2029-extract.txt")
F, P1, P2, P3, DP = ("Foreword", "Priority 1: Neighbourhood policing you can see", "Priority 2: Putting victims first",
                     "Priority 3: Tackling violence against women and girls", "Delivering the plan")
C = [("I will hold the Chief Constable to account in public, every quarter, for the promises in this plan.", F,
      "I will hold the Chief Constable"),
     ("I will also spend more of the budget on the front line: by 2027 I will move £2 million a year from back-office "
      "costs into neighbourhood policing.", F, "I will also spend"),
     ("We will restore neighbourhood teams in every one of the county's 14 neighbourhoods.", P1, "We will restore"),
     ("Every neighbourhood will have a named sergeant and at least two named officers by March 2026.", P1,
      "- Every neighbourhood will have"),
     ("Publish neighbourhood team contact details and surgery times online and in libraries.", P1,
      "- Publish neighbourhood team"),
     ("Introduce \"Your Beat\" ward meetings, held every quarter in each neighbourhood.", P1, "- Introduce \"Your Beat\""),
     ("We will open a single victim care hub by April 2026 so that victims deal with one team from report to court.",
      P2, "We will open a single"),
     ("We propose to extend the hub's opening hours to evenings and weekends once it is established.", P2,
      "We propose to extend"),
     ("Contact every victim of a violent or sexual offence within 24 hours of the report.", P2, "- Contact every victim"),
     ("Fund independent advocates for victims of stalking, in addition to domestic abuse and sexual violence "
      "advocates.", P2, "- Fund independent advocates"),
     ("Ask every victim about their experience, and publish the results each quarter.", P2, "- Ask every victim"),
     ("We will treat violence against women and girls with the same priority as serious and organised crime.", P3,
      "We will treat violence"),
     ("Roll out domestic abuse \"Ask for ANI\" safe spaces in every pharmacy that agrees to take part.", P3,
      "- Roll out domestic abuse"),
     ("Commission a perpetrator programme for high-harm domestic abuse offenders from 2026.", P3,
      "- Commission a perpetrator"),
     ("The Chief Constable will produce a delivery plan within three months of this plan being published.", DP,
      "The Chief Constable will produce"),
     ("I will report progress against this plan to the Police and Crime Panel at every meeting.", DP,
      "will report progress against this plan")]
write(d,
      parts=[part("plan", "Marrowdale Police and Crime Plan 2025-2029 (extract: foreword, priorities 1-3, delivery)", 1,
                  len(d.lines), "2025")],
      commitments=[com(t, th, d.L(anc)) for t, th, anc in C],
      indicators=[
          ind("Households that were victims of domestic burglary", 3412, None, d.L("Last year 3,412")),
          ind("Domestic abuse crimes recorded", 9860, "2024/25", d.L("recorded 9,860")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 12 Marrowdale OPCC performance scorecard Q2 2025/26 (baseline, target, current, RAG, trend)
d = Doc("12_marrowdale-opcc-scorecard-q2-2025-26.txt")
P = "Q2 2025/26"
ROWS = [("P1.1", "999 calls answered within 10 seconds (%)", 86.2, 90.0, 91.8, "Green", "Improving", []),
        ("P1.2", "101 calls answered within 3 minutes (%)", 61.5, 75.0, 66.3, "Red", "Improving",
         ["Only 66.3% of 101 calls"]),
        ("P1.3", "Emergency attendance within 15 minutes, urban (%)", 82.0, 85.0, 83.1, "Amber", "Stable", []),
        ("P2.1", "Victims of violent or sexual offences contacted within 24 hours (%)", 71.4, 95.0, 88.7, "Red",
         "Improving", ["88.7% of victims"]),
        ("P2.2", "Victim satisfaction with overall service (%)", 74.0, 78.0, 76.5, "Amber", "Deteriorating", []),
        ("P3.1", "Domestic abuse charge rate (%)", 8.9, 12.0, 10.4, "Red", "Improving", ["The charge rate rose to 10.4%"]),
        ("P3.2", "Rape charge rate (%)", 5.2, 8.0, 7.7, "Amber", "Improving", []),
        ("P4.1", "Domestic burglary solved rate (%)", 9.4, 12.0, 12.6, "Green", "Improving", [])]
inds = []
for code, name, base, tgt, val, rag, trend, extra in ROWS:
    ln = d.L(code + " |")
    inds.append(ind(name, val, P, ln, code=code, target=tgt, rag=rag,
                    locations=[ln] + [d.L(x) for x in extra] if extra else None))
inds.append(ind("Domestic abuse charge rate (%)", 9.6, "Q1 2025/26", d.L("from 9.6% in Quarter 1"), code="P3.1"))
write(d,
      parts=[part("performance_report", "Marrowdale OPCC Police and Crime Plan performance scorecard, Quarter 2 "
                  "2025/26 (report to the Panel, 4 December 2025)", 1, len(d.lines), "2025-12-04")],
      indicators=inds,
      tables=[table("Police and Crime Plan Performance Scorecard, Quarter 2 2025/26", d.L("Ref | Measure"),
                    d.L("P4.1 |"), ["Ref", "Measure", "Baseline 2024/25", "Target", "Q2 2025/26", "RAG", "Trend"],
                    [[c, n, b, t, v, r, tr] for c, n, b, t, v, r, tr, _ in ROWS])],
      )

# ---------------------------------------------------------------------------------------------------------
# 13 Pennard PCP verbatim Q&A with the Commissioner ("The Chair:", "Councillor Evans:", "The Commissioner (Ms Rhys):")
d = Doc("13_pennard-pcp-transcript-2025-11-17.txt")
SP = {"The Chair": ("Siân Prothero", "Chair"),
      "The Commissioner (Ms Rhys)": ("Carys Rhys", "Police and Crime Commissioner"),
      "Councillor Evans": ("Dylan Evans", "Panel member"),
      "Councillor Howells": ("Mared Howells", "Panel member"),
      "Assistant Chief Constable Powell": ("Owain Powell", "Assistant Chief Constable, Pennard Police"),
      "Mr Bevan": ("Huw Bevan", "Independent member")}
turns = []
for i, s in enumerate(d.lines, 1):
    for label, (name, role) in SP.items():
        if s.startswith(label + ":"):
            turns.append({"speaker": name, "role": role, "line": i, "label": label})
            LOG.append((d.name, i, label, s))
assert len(turns) == 22, len(turns)
D = "2025-11-17"
write(d,
      parts=[part("transcript", "Pennard Police and Crime Panel, verbatim record of the Q&A session with the "
                  "Commissioner, 17 November 2025 (item 6: stop and search in the night-time economy)", 1,
                  len(d.lines), D)],
      meetings=[meeting("Pennard Police and Crime Panel", D, d.L("Monday 17 November 2025"), None,
                        "Council Chamber, County Hall, Llanfair Cerrig", "Siân Prothero",
                        ["Siân Prothero", "Dylan Evans", "Mared Howells", "Gwyn Pugh", "Tomos Rowlands", "Huw Bevan",
                         "Nia Carrington"])],
      actions=[
          act(D, "6", "I will write to the Panel with the number of under-18s searched and the number of more thorough "
              "searches, by station.", "Pennard Police", d.L("I will write to the Panel"), person="Owain Powell"),
          act(D, "6", "It is on our website, and I am happy to send members the link.", "OPCC",
              d.L("I am happy to send members the link"), person="Carys Rhys"),
      ],
      turns=turns,
      indicators=[
          ind("Stop and search in the night-time economy (searches)", 655, "first half of this year",
              d.L("night-time economy rose from 412")),
          ind("Stop and search in the night-time economy (searches)", 412, "first half of last year",
              d.L("night-time economy rose from 412")),
          ind("Searches with no self-defined ethnicity recorded (%)", 16.4, "first half of this year",
              d.L("16.4 per cent")),
          ind("Stop and search find rate (%)", 31, "first half of this year", d.L("It was 31 per cent")),
          ind("Stop and search find rate (%)", 29, "last year", d.L("It was 31 per cent")),
      ],
      )

# ---------------------------------------------------------------------------------------------------------
# 14 London Assembly Mayor's Question Time written answers ("Question No:", "Asked by:", "The Mayor:")
d = Doc("14_mqt-answers-2025-09-18.txt")
QS = [("2025/0871", "Imogen Staunton AM", "What was the number of knife crime offences with injury recorded by the "
       "Metropolitan Police in each outer London borough in the twelve months to July 2025, compared with the "
       "previous twelve months?", "What was the number of knife"),
      ("2025/0872", "Colin Ashdown AM", "Will you ask the Commissioner to publish average attendance times for "
       "I-graded calls in Havering each month?", "Will you ask the Commissioner"),
      ("2025/0873", "Femi Adeyemo AM", "How many shoplifting offences were recorded in London in the year to June "
       "2025, and what proportion resulted in a charge?", "How many shoplifting"),
      ("2025/0874", "Rachel Ferris AM", "How many Met officers and staff were awaiting re-vetting at the end of August "
       "2025?", "How many Met officers"),
      ("2025/0875", "Rachel Ferris AM", "What is the average time taken to complete vetting for new police constable "
       "recruits?", "What is the average time")]
write(d,
      parts=[part("other", "London Assembly, Mayor's Question Time 18 September 2025: written answers "
                  "(questions 2025/0871-0875)", 1, len(d.lines), "2025-09-18")],
      questions=[{"to": "The Mayor", "asked_by": by, "number": no, "text": t, "line": d.L(anc),
                  "answer_line": d.L("The Mayor:", i + 1)} for i, (no, by, t, anc) in enumerate(QS)],
      indicators=[
          ind("Knife crime with injury offences, outer London", 2914, "twelve months to July 2025",
              d.L("knife crime with injury fell to 2,914")),
          ind("Knife crime with injury offences, outer London", 3187, "twelve months to July 2024",
              d.L("to July 2025, from 3,187")),
          ind("I-graded calls attended within 15 minutes, Havering (%)", 86.2, "August 2025", d.L("86.2 per cent")),
          ind("Shoplifting offences recorded, London", 79840, "year to June 2025", d.L("79,840")),
          ind("Shoplifting offences resulting in a charge or summons (%)", 8.7, "year to June 2025",
              d.L("Of these, 8.7 per")),
          ind("Shoplifting offences resulting in a charge or summons (%)", 6.2, "year to June 2024",
              d.L("up from 6.2 per cent")),
          ind("Average time to complete recruit vetting (working days)", 41, "quarter to June 2025",
              d.L("41 working days")),
      ],
      )

if __name__ == "__main__":
    for name, ln, anchor, text in LOG:
        print(f"{name[:24]:24} {ln:4}  [{anchor[:28]:28}]  {text[:90]}")
    print(len(list(GOLD.glob('*.json'))), "gold files written")
