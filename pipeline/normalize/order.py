"""The rules in the order they run: specific shapes first (addresses, document numbers, dates), numbers, pauses
last. Each rule's docstring says why it reads what it reads; a comment here says why it stands where it does.
Moved from the package's __init__ (its size), which runs them."""

from __future__ import annotations

from collections.abc import Callable

from . import rules_bodies as bodies
from . import rules_capitals as caps
from . import rules_clock as clock
from . import rules_codes as codes
from . import rules_coords as coords
from . import rules_counts as counts
from . import rules_cues as cues
from . import rules_documents as docs
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
from . import rules_toneless as toneless
from . import rules_trips as trips
from . import rules_units as units
from . import rules_urls as urls
from .context import Context
from .definitions import read_defined_abbreviations

Rule = Callable[[str, Context], str]

RULES: tuple[Rule, ...] = (
    txt.strip_markup,
    pdf.drop_photo_file_names,  # before any digit is read: a photo's name is no word of the notice
    pdf.read_symbol_font_arrows,  # before the dates: `01/12 à 18/12` is a span
    pdf.mend_lost_so,  # before the document numbers: `Nghị định s20/2008/NĐ-CP` lost its "số"
    forms.read_form_numbers,  # before the document numbers: `mẫu số 01/TK` keeps its zero
    shapes.drop_citation_marks,
    pdf.read_keycap_digits,  # before the pictographs: their emoji selector is the frame's too
    shapes.drop_pictographs,
    shapes.drop_stray_marks,
    shapes.latin_lookalikes,
    txt.fold_lookalike_letters,
    txt.mend_misplaced_tones,  # before any word is looked up: `gía` is "giá"
    glued.space_commas_before_numbers,  # before the numbers: `cường,15` is no decimal
    toneless.read_toneless_runs,  # before any rule reads a word: `Tai khoan` is "Tài khoản"
    txt.fold_minus_dashes,
    coords.read_temperature_ranges,  # before any minus: `25°–30°C` is one range
    bodies.split_glued_places,
    txt.part_country_pairs,  # before the lexicon: `Nga-Ukraine` is two names, the second in the foreign table
    coords.read_et_cetera,  # before the end marks: `v.v...` keeps no dots
    txt.drop_end_marks,
    forms.read_menu_arrows,
    forms.read_step_arrows,
    forms.read_a_to_z,
    coords.read_coordinates,  # before the ranges and codes: `16,8N-115,3E` is a place
    coords.read_vietnamese_sides,  # before the ranges: `5°B-25°B` is a range of latitudes
    coords.read_time_offsets,  # before the signs and the hours: `(t-24h)` is an hour's offset
    coords.read_ordinal_degrees,
    forms.read_star_times,  # before the footnotes and ratings: `35.000 * 26` is a product
    forms.read_round_the_clock,  # before the dates: `trực 24/7` is no day
    shapes.read_section_numbers,  # before list markers: `1.1.` is no point `1.`
    urls.read_ip_addresses,  # before the dotted numbers and dates: `45.76.234.141` is one address
    networks.read_street_dates,  # before the dates: `đường 3/2` is a street's name
    forms.read_class_names,  # so is `lớp 2/3` a class's
    forms.read_school_terms,  # before the lexicon and the Roman numerals: `HK II` is a term
    headers.read_t_months,  # before the dates: `T12/2018` is a month
    headers.read_month_first_dates,  # before the dates: `1/14/2022` is the fourteenth of January
    levels.read_iso_dates,  # before the ranges: `2021-09-10` is one date
    levels.read_number_chains,  # before the dotted dates: `2.4.1` is a section's number
    lists.read_listed_dash_dates,  # before the days of one month: `các ngày 31-8 và 1-9` is two dates
    lists.read_days_after_plural_days,  # before the other date rules: `các ngày 13-16/4` says "ngày" once
    levels.read_dash_date_ends,
    levels.read_bare_month_spans,  # before the ranges and month-years: `từ 5 đến 7-2025` opens on a month
    levels.read_grades_on_a_scale,  # before the dates: `3.2/4.0` is a grade, no day
    levels.read_level_slashes,  # before the dates: `cấp 9/10` is two levels, no day
    levels.read_places_named_by_a_day,  # before the dates: `đường 30/4` is a street's name, no day
    news.read_compiled_sources,  # before the list markers go: `- … (T/h);` is a recipient's "thực hiện"
    txt.read_list_markers,
    shapes.read_sundays,  # before document numbers: `Thứ 7/CN` is no symbol
    marks.read_roman_headings,
    shapes.read_doctors_and_candidates,
    shapes.read_sign_codes,  # before wards: `P.106a` is a road sign
    networks.read_vehicle_plates,  # before dates, codes and numbers: `29X-123.45` is one plate
    shapes.read_districts_and_wards,
    shapes.read_ages_and_tons,
    cues.read_datelines,  # before the lexicon: `TT - Ngày 26-4` is the paper, not a town
    cues.read_president_titles,  # before the lexicon: `TT Trump` is no town
    cues.join_dotted_initials,  # before the title dots: `T.Ư` is no title
    marks.keep_title_dots,
    cues.read_degree_o,
    cues.read_typed_per_mille,
    cues.read_decimal_celsius,  # before the spaced minus rules, which look for the degree
    counts.read_rates_per_population,  # before the slashes after amounts and units
    counts.read_rain_per_hours,  # before the slashes after units: `mm/24 giờ` is rain in a day
    forms.read_bare_amount_slashes,
    trips.drop_footnote_marks,
    trips.read_trip_lengths,  # before codes: `4N3Đ` is no code
    trips.read_itinerary_days,
    trips.read_star_ratings,  # before the marks go: `5*` is a rating
    trips.read_heights,
    levels.unglue_litres,  # before the ranges and the slashes after units: `1lít/m2` is `1 lít/m2`
    trips.read_weeks_of_a_year,
    trips.read_month_to_month,
    trips.read_routes,
    marks.read_symbols,
    marks.read_named_stars,
    marks.read_bare_percents,
    marks.read_tildes,
    cues.read_percent_of,  # before the per-unit slashes: `50%/ tổng` is of a whole
    shapes.read_comparisons,
    prices.read_bracketed_amounts_per,  # before the slashes: `(80.000 đồng)/bao` is per bao
    prices.read_table_changes,  # before ranges and minus: `| 71.500 | -1.000 |` is a fall
    prices.read_price_changes,  # before ranges and minus: `4.300(-200)` is a fall
    prices.read_fuel_grades,  # before codes and the lexicon: `RON95-3` is an octane
    prices.read_rises_after_prices,  # before the plus signs: `140,000 +1,000` is a rise
    prices.read_falls_after_prices,  # before the ranges: `154.000 - 3.000` is a fall
    prices.read_plus_signs,  # after the price changes: `(+100)` is a rise, "tăng"
    prices.read_plus_after_numbers,
    urls.mend_defanged_dots,
    urls.read_bare_protocols,  # before the addresses: `https://;` names a protocol, no address
    urls.read_urls,
    txt.read_file_extensions,
    forms.unbracket_dimensions,  # before the signs are words: `(12x4x7)m` shares its unit
    forms.read_arithmetic,  # after addresses: `?id=3` is read with its address
    prices.read_money_times,
    marks.read_numbers_of_a_year,
    headers.read_standards,  # before document numbers and clocks: `QCVN 41:2016/BGTVT`
    headers.read_article_numbers,
    docs.read_document_numbers,
    txt.drop_abbreviation_definitions,
    foreign.drop_latin_originals,  # before the lexicon and the guess: `(Ukhnaa KHURELSUKH)` is not said
    read_defined_abbreviations,  # before the lexicon: the text's own definition wins over a general reading
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
    news.read_chainages,
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
    ranges.read_month_spans,
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
    urls.read_ungrouped_phones,  # before the ranges: `024.37332997 - 024.38464921` is two phones
    news.read_minus_percents,
    forms.read_per_field_slashes,  # before the unit slashes: `số dảnh/m2` has no count for them
    prices.read_per_chains,
    prices.read_prices_per_unit,
    prices.read_unit_cells,
    units.read_unit_slashes,
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
