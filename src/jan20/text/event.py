"""The event the archive is about."""

EVENT_YEAR = 1990  # 20 January 1990, Baku: anniversaries count from here
EVENT_MONTH = 1  # January: the month the event is marked in every year
FIRST_YEAR, LAST_YEAR = 1900, 2100  # the years a date in the archive may have (what `jan20 year` accepts)
# The latest year a text may date an article in (its earliest is EVENT_YEAR): the bound only rejects junk.
LAST_ARTICLE_YEAR = 2099
