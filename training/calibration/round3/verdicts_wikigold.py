# Round-3 judgments for WikiGold (en), by 0-based line of extracted.jsonl; unlisted = correct.
V = {
0: ("wrong", "wrong relation: 'was occupied with guarding the fords' (busy with) is not an occupation or attack"),
4: ("wrong", "wrong relation: a Chinese-language radio station in Singapore is no military presence of China"),
5: ("wrong", "wrong relation: 'their lands in Marszew' (estates) is no visit; the daughter is not the actor"),
9: ("wrong", "hypothetical: the UK demanded Portugal give up its *intentions* of occupying the land"),
12: ("wrong", "wrong relation: Scouting in Bangladesh was part of the British Indian branch of the Scout Association; not a location of Bangladesh"),
13: ("wrong", "wrong object: Citrone met the footballer Dave Buchanan, not the club"),
14: ("wrong", "wrong subject: the Convention Hall (not California) is part of the Hayward City Center district"),
17: ("wrong", "wrong relation: a band's support slot ('supporting The Mission') on a UK tour; the UK is not the actor"),
20: ("unsure", "a planned move to Jakarta lifted to 'visits Indonesia'; whether he was outside Indonesia is not said"),
22: ("unsure", "Great Britain in the Seven Years' War (Kingdom of Great Britain) mapped to United Kingdom (GBR), a later state (predecessor-state convention)"),
24: ("wrong", "wrong relation: 'fought with Allied forces' means alongside them; the actors are Dutch people, not Indonesia"),
}
