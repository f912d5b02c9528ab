"""The first rules, before the lexicon: markup, marks and the shapes that hold digits (positions, dates, document
numbers, addresses), each read before a word of it is looked up. `order.RULES` runs them first."""

from __future__ import annotations

from collections.abc import Callable

from . import rules_bodies as bodies
from . import rules_coords as coords
from . import rules_counts as counts
from . import rules_cues as cues
from . import rules_documents as docs
from . import rules_foreign as foreign
from . import rules_forms as forms
from . import rules_glued as glued
from . import rules_headers as headers
from . import rules_levels as levels
from . import rules_lists as lists
from . import rules_marks as marks
from . import rules_networks as networks
from . import rules_news as news
from . import rules_pdf as pdf
from . import rules_prices as prices
from . import rules_shapes as shapes
from . import rules_text as txt
from . import rules_toneless as toneless
from . import rules_trips as trips
from . import rules_urls as urls
from .context import Context
from .definitions import read_defined_abbreviations

Rule = Callable[[str, Context], str]

SHAPES: tuple[Rule, ...] = (
    txt.strip_markup,
    pdf.drop_photo_file_names,  # before any digit is read: a photo's name is no word of the notice
    pdf.read_symbol_font_arrows,  # before the dates: `01/12 à 18/12` is a span
    pdf.mend_lost_so,  # before the document numbers: `Nghị định s20/2008/NĐ-CP` lost its "số"
    forms.read_form_numbers,  # before the document numbers: `mẫu số 01/TK` keeps its zero
    shapes.drop_citation_marks,
    pdf.read_keycap_digits,  # before the pictographs: their emoji selector is the frame's too
    shapes.drop_pictographs,
    marks.read_division_ranges,  # before the marks are dropped: `01 ÷ 17h` is a range
    marks.drop_han_glosses,  # before the brackets' pauses: `Công (工)` is said once
    shapes.drop_stray_marks,
    shapes.latin_lookalikes,
    txt.fold_lookalike_letters,
    toneless.mend_misplaced_tones,  # before any word is looked up: `gía` is "giá"
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
    coords.read_arc_minutes,  # before the coordinates: `10°42'25"` is one position
    coords.read_point_degrees,  # before the thousands: `14.852 độ vĩ Bắc` is a decimal
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
    headers.read_falling_day_months,  # before the dates and ranges: `24-9:` is a date, no range runs down
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
    networks.read_districts_and_wards,
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
    levels.read_fuel_grades,  # before codes and the lexicon: `RON95-3` is an octane
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
)
