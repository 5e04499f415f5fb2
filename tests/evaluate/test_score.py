

def test_a_renamed_state_aligns_with_its_new_code_a_dissolved_one_does_not():
    from kg.evaluate.score import _same_state

    assert _same_state("ZAR", "COD") and _same_state("COD", "ZAR") and _same_state("BUR", "MMR")
    assert not _same_state("SUN", "RUS") and not _same_state("YUG", "SRB") and not _same_state("ZAR", "COG")
