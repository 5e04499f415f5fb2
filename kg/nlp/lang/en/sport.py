"""Words of sports reporting (English; "-" also matches a space or nothing): a match report's "France beat Germany", "struck out",
"a tour of Spain" are no political facts. Only words that politics hardly uses: not "match",
"league", "penalty", "squad", "race", "final", "coach"."""

SPORT_WORDS: frozenset[str] = frozenset(
    "goal goals scored scorer scorers striker strikers midfielder midfielders goalkeeper goalkeepers "
    "innings wicket wickets batsman batsmen bowler bowlers bowled test-match "
    "seeded unseeded semi-final semi-finals quarter-final quarter-finals semifinal semifinals quarterfinal "
    "quarterfinals half-time halftime referee stoppage-time extra-time equaliser equalizer hat-trick "
    "tournament championship championships medal medals medallist medalist podium lap laps "
    "touchdown touchdowns quarterback pitcher homer homers inning rbi rbis "
    "cyclist cyclists sprinter sprinters stage-winner yellow-jersey racer rider riders "
    "grand-slam tiebreak tie-break set-point match-point olympic olympics paralympic "
    "footballer footballers cricketer cricketers golfer golfers tennis rugby football soccer cricket golf "
    "basketball baseball hockey athletics marathon".split()
)
# a sentence with this many of them (distinct) is sports reporting; an article with SPORT_ARTICLE
SPORT_SENTENCE = 2
SPORT_ARTICLE = 4
