"""The event the archive is about."""

EVENT_YEAR = 1990  # 20 January 1990, Baku: anniversaries count from here
EVENT_MONTH = 1  # January: the month the event is marked in every year
