"""Key figures: periods and values as tables write them, both table layouts, and the comparison with the
same period a year earlier (Tabell 3), with the change and per cent computed by hand."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagesbild_desktop.domain.figure_tables import Sheet, read_sheets
from lagesbild_desktop.domain.key_figures import (
    Figure,
    Period,
    change_in_words,
    compare,
    format_number,
    parse_period,
    parse_value,
)
from lagesbild_desktop.errors import InvalidInput

D = dt.date
AREAS = {"vinsta": "Vinsta", "hässelby gård": "Hässelby gård", "vällingby": "Vällingby"}


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2024-01-01–2024-10-31", D(2024, 1, 1), D(2024, 10, 31)),
    ("2024-01-01 - 2024-10-31", D(2024, 1, 1), D(2024, 10, 31)),
    ("jan–okt 2024", D(2024, 1, 1), D(2024, 10, 31)),
    ("Jan-Okt 2024", D(2024, 1, 1), D(2024, 10, 31)),
    ("januari–oktober 2024", D(2024, 1, 1), D(2024, 10, 31)),
    ("1 jan–15 okt 2024", D(2024, 1, 1), D(2024, 10, 15)),
    ("februari 2024", D(2024, 2, 1), D(2024, 2, 29)),
    ("2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("helår 2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("nov 2023–feb 2024", D(2023, 11, 1), D(2024, 2, 29)),
    (2022, D(2022, 1, 1), D(2022, 12, 31)),
])
def test_periods_as_tables_write_them(text, start, end):
    assert parse_period(text) == Period(start, end)


@pytest.mark.parametrize(("text", "said"), [
    ("2024-10-31–2024-01-01", "slutar före sin början"),
    ("okt–jan 2024", "slutar före sin början"),
    ("2024-02-30–2024-03-01", "som inte finns"),
    ("förra året", "kan inte läsas"),
    ("", "saknas"),
])
def test_a_period_that_cannot_be_read_says_why(text, said):
    with pytest.raises(InvalidInput, match=said):
        parse_period(text)


def test_values_as_tables_write_them():
    assert parse_value("1 234") == 1234 and parse_value("2,5") == 2.5 and parse_value(47) == 47
    assert parse_value("47 %", "procent") == 47 and parse_value("–") is None and parse_value(None) is None
    for bad, unit, said in (("tolv", "antal", "inget tal"), ("101", "procent", "utanför 0–100"),
                            ("-3", "procent", "utanför 0–100"), ("1.2.3", "antal", "inget tal")):
        with pytest.raises(InvalidInput, match=said):
            parse_value(bad, unit)


COMPSTAT = [
    ["Compstat Hässelby-Vällingby. Anmälda brott i urval.", None, None],
    [None, None, None],
    ["Brottskategori", "jan–okt 2023", "2024-01-01–2024-10-31"],
    ["Brott mot hushåll", None, None],
    ["Inbrott i bostad", 131, 104],
    ["Stöld av/ur motorfordon", "245", "218"],
    ["Brott mot person", None, None],
    ["Bedrägeri (urval)", 552, 667],
    ["Misshandel", 0, 12],
]


def test_a_compstat_table_in_the_wide_layout_compared_by_hand():
    read = read_sheets([Sheet("Polisen – Compstat/Status", COMPSTAT)], source=None, areas=AREAS)
    assert read.problems == [] and len(read.figures) == 8
    assert {f.source for f in read.figures} == {"Polisen – Compstat/Status"}
    rows = compare(read.figures, parse_period("jan–okt 2024"))
    table = [(r.group, r.measure, r.value, r.previous, r.change, r.change_pct, r.subtotal) for r in rows]
    assert table == [
        ("Brott mot hushåll", "Inbrott i bostad", 104, 131, -27, -20.6, False),  # -27/131 = -20.61 %
        ("Brott mot hushåll", "Stöld av/ur motorfordon", 218, 245, -27, -11.0, False),  # -27/245 = -11.02 %
        ("Brott mot hushåll", "Summa brott mot hushåll", 322, 376, -54, -14.4, True),  # -54/376 = -14.36 %
        ("Brott mot person", "Bedrägeri (urval)", 667, 552, 115, 20.8, False),  # 115/552 = 20.83 %
        ("Brott mot person", "Misshandel", 12, 0, 12, None, False),  # no base: no per cent
        ("Brott mot person", "Summa brott mot person", 679, 552, 127, 23.0, True),  # 127/552 = 23.01 %
    ]
    assert change_in_words(rows[3]) == ("Bedrägeri (urval) ökade med 115 antal, vilket är en ökning med ca 21 "
                                        "procent.")
    assert format_number(-54) == "−54" and format_number(1374) == "1 374" and format_number(20.8) == "20,8"


def test_the_same_table_in_the_long_form_reads_the_same():
    long = [["Källa", "Mått", "Grupp", "Område", "Från", "Till", "Värde", "Enhet"]]
    wide = read_sheets([Sheet("Polisen – Compstat/Status", COMPSTAT)], source=None, areas=AREAS).figures
    for f in wide:
        long.append([f.source, f.measure, f.group, f.area, f.period.start.isoformat(), f.period.end.isoformat(),
                     str(f.value).replace(".", ","), f.unit])
    assert read_sheets([Sheet("Blad1", long)], source=None, areas=AREAS) == (wide, [])


def test_a_share_per_area_in_the_wide_layout():
    survey = [["Andel som känner sig otrygga kvällstid", None], ["Område", "2024"],
              ["Hässelby gård", "47 %"], ["Vällingby", 43], ["Vinsta", None]]
    read = read_sheets([Sheet("Trygghetsmätningen", survey)], source=None, areas=AREAS)
    assert read.problems == []
    assert [(f.measure, f.area, f.value, f.unit) for f in read.figures] == [
        ("Andel som känner sig otrygga kvällstid", "Hässelby gård", 47, "procent"),
        ("Andel som känner sig otrygga kvällstid", "Vällingby", 43, "procent")]


def test_every_problem_is_named_with_sheet_row_and_column():
    long = [["Mått", "Område", "Från", "Till", "Värde", "Enhet"],
            ["Inbrott", "", "2024-01-01", "2024-10-31", "tolv", ""],
            ["Andel otrygga", "Vällingby", "2024-01-01", "2024-12-31", "143", "procent"],
            ["Rån", "Atlantis", "2024-01-01", "2024-10-31", "3", ""],
            ["Rån", "", "2024-10-31", "2024-01-01", "3", ""],
            ["Stöld", "", "2024-01-01", "2024-10-31", "5", ""],
            ["Stöld", "", "2024-01-01", "2024-10-31", "6", ""]]
    read = read_sheets([Sheet("Blad1", long)], source="Egen räkning", areas=AREAS)
    assert read.problems == [
        "blad Blad1, rad 2, kolumn E: värdet 'tolv' är inget tal",
        "blad Blad1, rad 3, kolumn E: andelen 143 % ligger utanför 0–100",
        "blad Blad1, rad 4, kolumn B: okänt område 'Atlantis'",
        "blad Blad1, rad 5, kolumn D: perioden 2024-10-31–2024-01-01 slutar före sin början",
        "Stöld 2024-01-01–2024-10-31 står två gånger med olika värden (5 och 6)",
    ]
    missing = read_sheets([Sheet("Blad1", long[:2])], source=None, areas=AREAS)
    assert missing.problems[0] == "blad Blad1, rad 2: källan saknas (ange --source)"
    assert read_sheets([Sheet("X", [["bara text"]])], source=None, areas=AREAS).problems[0].startswith(
        "ingen tabell med nyckeltal")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Inbrott", "Rån", "Bedrägeri", "Klotter"]),
                          st.integers(0, 5000), st.integers(0, 5000)),
                min_size=1, max_size=4, unique_by=lambda t: t[0]),
       st.integers(2015, 2030), st.integers(1, 12))
def test_any_wide_table_compares_as_computed_by_hand(rows, year, last_month):
    period = Period(D(year, 1, 1), D(year, last_month, 28))
    header = ["Mått", str(period.year_before()), str(period)]
    read = read_sheets([Sheet("Källa", [header, *[[m, before, now] for m, before, now in rows]])], source=None,
                       areas=AREAS)
    compared = {r.measure: r for r in compare(read.figures, period)}
    for measure, before, now in rows:
        row = compared[measure]
        assert (row.value, row.previous, row.change) == (now, before, now - before)
        assert row.change_pct == (None if before == 0 else round(100 * (now - before) / before, 1))


def test_a_figure_knows_what_it_is_about():
    one = Figure("Tyck till", "Klotter", "", "Vinsta", Period(D(2024, 1, 1), D(2024, 6, 30)), 4)
    assert one.key() == ("Tyck till", "", "Klotter", "Vinsta", Period(D(2024, 1, 1), D(2024, 6, 30)))
    assert Period(D(2024, 2, 29), D(2024, 12, 31)).year_before() == Period(D(2023, 2, 28), D(2023, 12, 31))


def test_a_series_by_year_takes_whole_years_marks_a_part_year_and_adds_only_measures_every_year_has():
    def fig(measure, start, end, value):
        return Figure("Polisen", measure, "", "", Period(start, end), value)

    found = [fig("Bedrägeri", D(2022, 1, 1), D(2022, 12, 31), 500), fig("Rån", D(2022, 1, 1), D(2022, 12, 31), 40),
             fig("Bedrägeri", D(2023, 1, 1), D(2023, 10, 31), 450), fig("Rån", D(2023, 1, 1), D(2023, 10, 31), 30),
             fig("Bedrägeri", D(2023, 1, 1), D(2023, 12, 31), 530), fig("Rån", D(2023, 1, 1), D(2023, 12, 31), 35),
             fig("Bedrägeri", D(2024, 1, 1), D(2024, 10, 31), 667), fig("Rån", D(2024, 1, 1), D(2024, 10, 31), 37),
             fig("Klotter", D(2024, 1, 1), D(2024, 10, 31), 99)]  # only in 2024: not in the total
    from lagesbild_desktop.domain.key_figures import period_in_words, series_by_year

    bars = series_by_year(found, "Polisen")
    assert [(b.year, b.value, b.part_of_year) for b in bars] == [(2022, 540, False), (2023, 565, False),
                                                                   (2024, 704, True)]
    assert period_in_words(bars[-1].period) == "jan–okt 2024" and period_in_words(bars[0].period) == "2022"
    assert [b.value for b in series_by_year(found, "Polisen", "Rån")] == [40, 35, 37]
    assert series_by_year(found, "Tyck till") == []


def test_a_group_s_sum_compares_only_measures_with_values_in_both_years():
    now, before = Period(dt.date(2025, 1, 1), dt.date(2025, 10, 31)), Period(dt.date(2024, 1, 1), dt.date(2024, 10, 31))
    figures = [Figure("C", "Inbrott", "Hushåll", "", before, 104), Figure("C", "Källare", "Hushåll", "", before, 79),
               Figure("C", "Stöld", "Hushåll", "", before, 218), Figure("C", "Inbrott", "Hushåll", "", now, 120),
               Figure("C", "Källare", "Hushåll", "", now, 80)]  # Stöld not typed in yet for 2025
    total = compare(figures, now)[-1]
    assert total.subtotal and (total.value, total.previous, total.change) == (200, 183, 17)  # not 200 against 401
    assert total.measure == "Summa hushåll (jämförbara mått)"  # no longer the sum of the rows above it
    assert total.change_pct == 9.3  # 17/183 = 9.29 %
    figures.append(Figure("C", "Stöld", "Hushåll", "", now, 210))
    total = compare(figures, now)[-1]
    assert (total.value, total.previous, total.change_pct) == (410, 401, 2.2)  # 9/401 = 2.24 %
    assert total.measure == "Summa hushåll"
    only_before = compare(figures[:3], now)[-1]  # nothing yet this year: last year's sum, no change
    assert (only_before.value, only_before.previous, only_before.change) == (None, 401, None)


def test_a_sum_of_measures_none_of_which_has_both_years_shows_no_change():
    now, before = Period(dt.date(2025, 1, 1), dt.date(2025, 10, 31)), Period(dt.date(2024, 1, 1), dt.date(2024, 10, 31))
    renamed = [Figure("C", "Stöld ur bil", "Hushåll", "", before, 230),
               Figure("C", "Cykelstöld", "Hushåll", "", before, 100),
               Figure("C", "Stöld av/ur motorfordon", "Hushåll", "", now, 210),
               Figure("C", "Cykelstöld (urval)", "Hushåll", "", now, 90)]
    total = compare(renamed, now)[-1]
    assert (total.value, total.previous, total.change, total.change_pct) == (300, 330, None, None)


@pytest.mark.parametrize(("period", "before"), [
    ("2025-01-01–2025-02-28", "2024-01-01–2024-02-29"),  # a month's end stays the month's end
    ("2024-01-01–2024-02-29", "2023-01-01–2023-02-28"),
    ("2024-01-01–2024-10-31", "2023-01-01–2023-10-31"),
    ("2024-03-15–2024-04-14", "2023-03-15–2023-04-14"),
])
def test_the_same_period_a_year_before(period, before):
    assert str(parse_period(period).year_before()) == before
