"""The rules in the order they run: specific shapes first (addresses, document numbers, dates), numbers, pauses
last. Each rule's docstring says why it reads what it reads; a comment here says why it stands where it does.
Moved from the package's __init__ (its size), which runs them."""

from __future__ import annotations

from . import rules_bodies as bodies
from . import rules_capitals as caps
from . import rules_clock as clock
from . import rules_codes as codes
from . import rules_counts as counts
from . import rules_cues as cues
from . import rules_foreign as foreign
from . import rules_forms as forms
from . import rules_glued as glued
from . import rules_headers as headers
from . import rules_japanese as japanese
from . import rules_korean as korean
from . import rules_levels as levels
from . import rules_lists as lists
from . import rules_marks as marks
from . import rules_networks as networks
from . import rules_news as news
from . import rules_numbers as num
from . import rules_pdf as pdf
from . import rules_prices as prices
from . import rules_ranges as ranges
from . import rules_roman as roman
from . import rules_shapes as shapes
from . import rules_tallies as tallies
from . import rules_text as txt
from . import rules_trips as trips
from . import rules_units as units
from . import rules_urls as urls
from .definitions import drop_echoed_brackets
from .order_shapes import SHAPES, Rule

__all__ = ["RULES", "Rule"]

RULES: tuple[Rule, ...] = (
    *SHAPES,  # markup, marks, positions, dates, document numbers: before the lexicon
    codes.read_birth_years,
    prices.read_bracket_units,  # before the lexicon: `(đ/kg)` is no abbreviation
    caps.read_currency_pairs,  # before the lexicon and the spelling: `USD/VND` is two currencies
    prices.read_lone_price_units,
    units.read_dollar_signs,
    units.read_units_before_the_lexicon,
    levels.read_alarm_level_ranges,  # before the joined pairs: `BĐ1-BĐ2` is two levels, not one code
    levels.read_bare_alarm_levels,
    shapes.part_joined_abbreviations,
    levels.unglue_term_numerals,
    lists.close_spaced_pairs,  # before the lexicon: `KT - XH` is its pair `KT-XH`
    lists.close_spaced_dates,  # before the dates: `17 - 05 - 2024` is one
    headers.widen_short_years,  # before the dates: `25/08/22` is one
    lists.close_spaced_datelines,  # before the dates: `21 09 2025` alone on a line is one
    lists.part_number_chains,  # before the dates and ranges: `khối 2 – 3 – 4 – 5` is a list
    counts.read_bracketed_dot_dates,  # before the dates: `Việt Nam (18.11)` is a day
    counts.read_lunar_dot_dates,  # before the dates: `(16.6 âm lịch)` is a day
    units.read_ranges_over_amounts,  # before the dates and ranges: `13,7-13,8/20kg` is over an amount
    marks.join_spaced_disease_numbers,  # before the lexicon and the signs: `Covid -19` is no minus
    bodies.read_firm_letters,  # before the lexicon: `hạt giống CP Việt Nam` is no government
    bodies.drop_home_body_letters,  # before the lexicon and the brackets: `Việt Nam (EVN)` was just said
    bodies.read_word_initials_in_capitals,  # before the lexicon: `THỨ TƯ` is no "Trung ương"
    bodies.part_dotted_initials,  # before the lexicon: `UB.MTTQ` is its `UB MTTQ`
    bodies.read_numbered_units,  # before the lexicon and the codes: `KV3` is an area, no code
    bodies.part_bodies_joined_by_hyphens,  # before the lexicon: `Đảng ủy-UBND` hid the letters from it
    korean.read_korean_full_names,  # before the lexicon: `Ko Min-jung` is no "không"
    glued.space_glued_full_stops,  # before the lexicon too: `Seoul.Khi` hid its name from it
    caps.part_glued_initials,  # before the lexicon too: `Công tyTNHH` hid the initials from it
    caps.part_words_from_initials,  # so is `HCMHọc`
    caps.part_glued_ampersands,  # and `&THPT`
    caps.read_republics,  # before the lexicon: `CH Play` is its, `CH Kazakhstan` a republic
    bodies.space_slashes_before_initials,  # likewise: `đồng/LĐ`
    forms.join_parted_powers,  # before the lexicon reads `m3`
    foreign.match_accented_names,  # before the lexicon: `Juppé` is its `juppe`
    txt.apply_lexicon,
    japanese.read_japanese_names,  # after the lexicon (its established names), before the letter guess
    korean.read_korean_names,  # likewise
    codes.part_glued_initials,  # after the lexicon (`C.ty`), before the word rules: `K.hhw` is `K. hhw`
    txt.drop_repeated_glosses,
    caps.read_team_initials,  # after the lexicon: its `GD-ĐT`, `ĐT nữ` are read
    caps.read_capital_words,
    shapes.read_subtypes,
    lists.read_card_numbers,  # before times and numbers: four groups of four digits
    counts.read_division_sign_ranges,
    counts.read_same_word_ranges,
    counts.read_lunar_year_slashes,
    tallies.read_days_of_month_spans,
    tallies.read_dashed_days_of_a_month,  # before the news dates: `ngày 6 - 8 tháng 3` is two days
    tallies.read_dates_after_until,  # before the ranges: `đến 27-2` is a day
    lists.read_lunar_days,  # before the date rules: `mùng 2/5` says its own day word
    lists.read_listed_days,
    lists.read_number_lists,  # before the decimals: `Phường 1,2,3` is three wards
    pdf.part_glued_years,
    clock.unglue_times,
    clock.join_spaced_minutes,
    clock.read_worded_month_dates,
    clock.read_dotted_clock_times,
    clock.date_span_end_days,  # before the clocks are read: `đến 5 giờ 22-8` ends on a day
    clock.date_daypart_span_starts,  # before the dates: `đêm 27 đến sáng 28/10` starts on a day
    clock.read_table_time_pairs,  # before the clocks are read: a table row's start and end
    headers.read_short_weekdays,
    headers.read_english_month_dates,
    headers.read_short_month_dates,
    headers.unglue_dates,
    forms.unglue_day_months,
    headers.read_same_date_twice,
    headers.close_month_gaps,
    news.close_date_gaps,
    clock.read_am_pm,
    clock.read_g_hours,
    clock.read_bare_hours,
    clock.drop_doubled_hours,
    clock.split_time_from_date,
    marks.join_same_kind_ranges,
    marks.keep_spaced_cold_signs,  # before keep_signs, which reads the minus it leaves
    marks.keep_signs,
    clock.read_hour_minutes,
    tallies.read_chainages,
    tallies.read_road_kilometres,
    networks.read_road_numbers,
    codes.read_utc_offsets,
    codes.read_graded_codes,
    networks.read_feeder_numbers,
    networks.read_substation_codes,
    cues.read_pipe_sizes,  # before the codes: `ống D800` is a size
    codes.read_codes,
    news.read_code_digits,
    news.read_area_codes,
    codes.read_glued_letters,
    marks.read_fractions,
    cues.read_fractions_of_a_whole,
    cues.read_versions,
    codes.read_ratios,
    tallies.read_big_tallies,
    tallies.read_parts_over_wholes,  # before the unit slashes: `m3/194 triệu m³` is over a whole
    tallies.read_prime_minutes,  # after the clock rules: `15h30'` is theirs
    levels.read_level_chains,
    headers.read_number_chains,
    news.read_scores,
    cues.read_wordy_scores,
    cues.read_sms_codes,  # before ranges and numbers: `gửi 8079` is a code
    news.read_season_years,  # before the dates and ratios: `niên vụ 2018/19` spans two years
    news.join_date_spans,
    news.separate_date_and_time,
    news.read_day_lists,
    news.read_month_dot_years,
    news.read_bracketed_month_years,
    news.read_comma_years,
    ranges.read_lone_from_dates,  # before the spans and ranges: `Từ 1-4,` is a day, not one to four
    headers.read_dotted_date_ranges,  # before the decimals: `ngày 12.3-30.4` is two dates
    ranges.read_dotted_day_ends,  # before the decimals: `từ nay đến 22.3` is a day
    ranges.read_apposed_dash_dates,  # before the ranges: `hôm nay, 20-11,` is a day
    ranges.read_short_spans,
    trips.read_month_spans,
    counts.read_month_lists,  # after the month spans: `tháng 3 và 4` names two months
    ranges.read_first_days,
    num.read_date_ranges,
    num.read_full_dates,
    num.read_month_years,
    ranges.read_day_month_ranges,
    num.read_day_months,
    ranges.read_news_dates,
    headers.read_dotted_days,
    headers.read_bare_written_days,
    num.read_written_dates,
    news.read_day_dashes,
    news.read_days_of_a_month,
    roman.read_roman_numerals,
    roman.read_small_roman_items,
    news.read_clock_seconds,
    counts.read_hour_ranges,
    num.read_times,
    codes.read_service_numbers,
    urls.read_international_phones,
    urls.read_masked_phones,
    urls.read_country_codes,  # before the ranges: `(+84-28)` is a country's code and an area's
    urls.read_ungrouped_phones,  # before the ranges: `024.37332997 - 024.38464921` is two phones
    news.read_minus_percents,
    forms.read_per_field_slashes,  # before the unit slashes: `số dảnh/m2` has no count for them
    prices.read_per_chains,
    prices.read_prices_per_unit,
    prices.read_unit_cells,
    units.read_unit_slashes,
    units.read_bare_currency_per,  # after the amounts' slashes: the currency alone before a slash
    units.read_multiplied_units,
    counts.read_per_units,
    prices.read_comma_thousand_ranges,
    codes.read_comma_thousands,
    counts.read_money_ranges,
    prices.read_d_for_dong,
    num.read_money,
    units.read_amounts_over_periods,
    codes.read_below_zero,
    counts.read_unit_ranges,
    counts.read_signed_cells,  # before the ranges: `-200-2,5%` runs down, two signed cells
    num.read_ranges,
    num.read_percents,
    num.read_units,
    forms.read_bare_unit_ratios,  # after the amounts' units, before the numbers read a power (`km2`)
    news.read_per_periods,
    forms.read_counts_per_head,
    num.read_ordinals,
    urls.read_phone_numbers,
    txt.split_word_digit_hyphens,
    roman.spell_numeral_letters_glued_to_numbers,  # before the last numbers part them
    num.read_numbers,
    codes.read_leftover_digits,
    shapes.read_highland_names,  # after the digits: what they glue to a letter (`K4h`) is read like a name
    units.read_lone_units,
    drop_echoed_brackets,  # after the lexicon and the units: `yên Nhật (JPY)` is now said twice
    cues.read_counted_units,
    foreign.read_foreign_words,
    txt.spell_capitals,
    txt.split_word_hyphens,
    shapes.split_glued_words,  # late: what rules before glued is parted too (normalizing twice changes nothing)
    glued.split_toned_runs,  # late: `nàysẽ` is two words, and `tháng 1ngày` was read "mộtngày" by the rules before
    glued.split_marked_runs,
    counts.read_dashes_after_from,  # late, every number said: `từ 300.000 đồng - 01 tỷ đồng` is a range
    counts.read_stage_dashes,
    txt.punctuation_to_pauses,
    txt.tidy_spaces,
    marks.read_left_percents,  # after the numbers and the dashes: a sign they left behind a word
    codes.read_initials,  # late: tidying may turn a letter and a pause into what looks like an initial
    glued.space_glued_full_stops,  # after the tidying (`không., .Ká`) and the initials (`K.Ká`: "ca.Ká")
    txt.spell_point_letters,  # `điểm d khoản 1`: lowercase, which the next one leaves
    txt.spell_lone_letters,  # last: what initials left is a letter of its own
)
