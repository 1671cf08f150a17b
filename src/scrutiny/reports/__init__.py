"""Committee-ready reports generated from the record: the Summary List of Actions (:mod:`.actions`), the
recommendations monitor (:mod:`.recommendations`) and the quarterly performance report (:mod:`.performance`),
rendered as HTML, DOCX and PDF by :mod:`.render`."""
