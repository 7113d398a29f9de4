"""Rules for immediate danger: the index.

The rules live in eighteen modules, by what they are about; rule ids never
change when a rule moves between them (``Assessment.rule_ids`` reports ids):

- ``danger_presence_rules.py``: someone there, near, watching or following;
  vehicles; seeing or hearing someone; photos just taken (presence,
  watching_waiting, there_is_someone, someone_in_my_place, vehicle_near,
  following_now, following, sensing, photo_now).
- ``danger_arriving_rules.py``: someone arriving, on the way or just turned up
  (arrival_now, arrived_now, arrived, clock_now: an arrival at a clock time,
  with the time now).
- ``danger_signs_rules.py``: signs that someone is there now without "he is here":
  sounds or lights where nobody should be, a lock undone, a door being pushed, a
  caller who can see the person, a post of their street just now, a plea passed
  on, a child gone with a man, being taken abroad (signs_nobody_due,
  signs_lock_undone, signs_at_the_boundary, seen_by_caller, posted_nearby,
  plea_passed_on, deadline_passed, child_gone_with, taken_abroad, near_told_plainly,
  arriving_told_plainly, following_told_plainly, overheard_or_through).
- ``danger_harm_rules.py``: breaking in, weapons, violence, vehicles used as
  weapons, threats for now, children taken (breaking_in_now, breaking_in,
  weapon_held, weapon, violence_now, violence, vehicle_attack, threat_now,
  children_taken).
- ``danger_trapped_rules.py``: hiding, trapped, someone watching the screen,
  pleas for help, being in danger, coded messages, someone holding the person or
  searching for them, "now there's someone at the door" (hiding_now, hiding_trapped,
  held_now, now_someone_there, screen_seen, help_plea, help_asked, in_danger,
  device_on, coded_message).
- ``danger_plain_now_rules.py``: danger told plainly now without "he is here"
  (no_subject_now, someone_elses_relative_there, fuel_poured_now,
  vehicle_coming_up_now, look_out_window_there, child_taken_now).
- ``danger_few_words_rules.py``: someone there, coming or following now, said
  in few words (there_in_few_words, found_me_now, whoever_there,
  on_the_farm_now, engine_running_now, walking_up_now, on_board_with_me,
  chased_now).
- ``danger_acts_now_rules.py``: harm done or set up now, a child taken off
  (child_taken_off_now, not_let_out_now, fire_set_up_now,
  signs_at_the_door_now, threat_with_him_there, held_down_now).
- ``danger_close_now_rules.py``: danger close by now, from sets v12a and v12b
  (cant_talk_he_would_hear, back_in_few_words, things_tampered_now,
  followed_on_the_road_now, coming_to_hurt_tonight, in_my_place_formally,
  beside_me_wont_move, heard_next_door_now, threat_with_deadline,
  locked_in_phone_taken, getting_out_alone_with_kids, cornered_now,
  kids_out_of_car_now).
- ``danger_v13_rules.py``: harm happening now, from sets v13a and v13b
  (held_over_a_drop_now, vehicle_at_someone_coming_again, held_on_the_ground_now,
  fire_at_home_with_us_inside, holding_door_shut_now, walked_in_just_now,
  spiked_taken_outside, crouching_in_my_garden_now, power_off_and_someone_there,
  in_the_house_now_after_a_habit; clipped "Followed. ... Cant stop." is
  followed_on_the_road_now).
- ``danger_v14_rules.py``: danger now, from sets v14a and v14b
  (child_driven_off_no_right, trying_to_take_me_now, found_me_contracted,
  code_word_sent_now, silent_plea_mouthed, trying_the_door_now,
  threat_on_leaving_now, behind_on_the_road_now, followers_got_out_now,
  his_lights_coming_up_now, on_the_camera_now, coming_round_with_a_threat,
  followed_clipped_now, stalker_in_car_outside_now, might_still_be_inside,
  come_up_to_my_fence_now).
- ``danger_v15_rules.py``: danger now, from sets v15a and v15b
  (one_word_flight_or_place, opening_the_door_now, got_out_of_the_car_now,
  heard_moving_inside_now, see_you_in_minutes_on_bail, locked_in_now,
  told_to_drive_now, door_yanked_or_chain_broken_now, telegraphic_at_the_door_now,
  vehicle_slowed_outside_now, driven_off_where_unknown, fuel_poured_lighter_in_hand,
  clock_now_named_hour, message_to_police_he_is_here).
- ``danger_v16_rules.py``: danger now, from sets v16a and v16b
  (his_vehicle_just_pulled_up, someone_at_home_without_a_verb, boss_at_my_place_now,
  knock_and_it_was_him, child_held_with_a_threat, see_you_in_minutes_texted,
  following_what_im_on_now, threat_to_do_me_tonight, parked_near_me_staring,
  just_walked_past_my_window, run_me_over_tonight, weapon_pulled_and_hiding,
  went_in_and_not_come_out, his_car_seen_out_front_now, got_in_somehow,
  at_the_door_knows_im_in, grabbing_at_me_now, driving_past_again_count,
  has_someone_on_the_floor, kept_in_now, threat_to_drive_into_water).
- ``danger_v17_rules.py``: danger now, from sets v17a and v17b
  (there_with_me_wont_leave, not_going_anywhere_said, searched_for_and_hiding_now,
  came_in_behind_someone, learner_present_there_now, in_a_named_place_right_now,
  vehicle_revving_behind_now, sat_in_a_car_outside_now, on_the_camera_at_the_door_now,
  outside_for_minutes_now, told_formally_now, hitting_the_door_now).
- ``danger_v18_rules.py``: danger now, from sets v18a and v18b
  (plea_or_following_in_two_words, under_an_order_and_near_now, and_is_at_my_door_now,
  telegraphic_object_first, took_a_child_and_drove_off, pizza_order_code,
  right_next_to_me_covert, opened_with_his_fob_now, leaning_on_my_car_now,
  car_behind_following_now, come_out_or_i_come_in, blade_in_hand_now, every_turn_it_takes,
  lights_flashed_at_my_window_now, smashed_in_and_walking_off_with_her).
- ``danger_v19_rules.py``: danger now, from sets v19a and v19b
  (locked_in_with_him_now, photo_over_the_fence_minutes_ago, right_behind_me_again,
  vehicle_driven_at_my_door_now, waiting_by_my_car_now, driving_up_and_down_past_now,
  children_taken_phone_off, come_quick_or_following_alone, outside_before_he_gets_in).
- ``danger_v20_rules.py`` and ``danger_v20_signs_rules.py``: danger now, from sets
  v20a and v20b (listed in their docstrings by kind).
How to read a phrase (full guide in rules.compile_phrase and docs/safety.md):
``~stab`` is any form of the word (stabs, stabbed, stabbing); ``@WEAPON`` is
any word of that named list in rules.WORDS; ``a|b`` is either word; ``_{0,3}``
is up to three other words; ``?`` makes the item before it optional; ``.`` is
the end of a sentence. Text is normalised first (normalise.py): "he's" is read
as "he is", "rn" as "right now", "outsdie" as "outside".

``present=True`` marks a present-tense, first-hand statement: it cannot be
muted, and it stops history or a question elsewhere in the message muting the
rest ("present beats past", clause.py).
"""

from __future__ import annotations

from bot.safety.danger_acts_now_rules import ACTS_NOW_RULES
from bot.safety.danger_arriving_rules import ARRIVING_RULES
from bot.safety.danger_close_now_rules import CLOSE_NOW_RULES
from bot.safety.danger_few_words_rules import FEW_WORDS_RULES
from bot.safety.danger_harm_rules import HARM_RULES
from bot.safety.danger_plain_now_rules import PLAIN_NOW_RULES
from bot.safety.danger_presence_rules import PRESENCE_RULES
from bot.safety.danger_signs_rules import SIGNS_RULES
from bot.safety.danger_trapped_rules import TRAPPED_RULES
from bot.safety.danger_v13_rules import V13_NOW_RULES
from bot.safety.danger_v14_rules import V14_NOW_RULES
from bot.safety.danger_v15_rules import V15_NOW_RULES
from bot.safety.danger_v16_rules import V16_NOW_RULES
from bot.safety.danger_v17_rules import V17_NOW_RULES
from bot.safety.danger_v18_rules import V18_NOW_RULES
from bot.safety.danger_v19_rules import V19_NOW_RULES
from bot.safety.danger_v20_rules import V20_NOW_RULES
from bot.safety.danger_v20_signs_rules import V20_SIGNS_RULES
from bot.safety.rules import Rule

DANGER_RULES: tuple[Rule, ...] = (
    PRESENCE_RULES
    + ARRIVING_RULES
    + SIGNS_RULES
    + HARM_RULES
    + TRAPPED_RULES
    + PLAIN_NOW_RULES
    + FEW_WORDS_RULES
    + ACTS_NOW_RULES
    + CLOSE_NOW_RULES
    + V13_NOW_RULES
    + V14_NOW_RULES
    + V15_NOW_RULES
    + V16_NOW_RULES
    + V17_NOW_RULES
    + V18_NOW_RULES
    + V19_NOW_RULES
    + V20_NOW_RULES
    + V20_SIGNS_RULES
)
