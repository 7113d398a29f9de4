"""Rules for self-harm and suicide risk: the index.

Never muted by context: "I took my tablets an hour ago" is as urgent as
"now". Beyond direct words they cover the published warning signs:
hopelessness, no way out, being a burden, saying goodbye, putting affairs in
order, giving things away, researching methods or doses, stockpiling
medicines, ropes, being somewhere high. Self-harm with heavy bleeding also
gives the danger reply (999).

The rules live in fourteen modules; rule ids never change when a rule moves:

- ``self_harm_said_rules.py``: what is said (suicide_words, wish_to_die,
  farewell; issue 8, v7 round: dying_on_my_mind, not_safe_from_myself,
  sorry_to_whoever_finds_this, note_written, welcoming_his_violence).
- ``self_harm_means_rules.py``: means and acts (method_question,
  stockpiling, overdose, stopping_to_die, self_injury, water_or_height).
- ``self_harm_acts_rules.py``: self_harm_bleeding, weapon_for_whom (moved
  from the means rules), and acts the means rules did not reach (v7
  round: overdose_taken_count, blade_to_own_skin, ligature_in_place,
  in_front_of_a_train_or_lorry, painless_way_asked, fumes_in_a_closed_car,
  weapon_meant_for_myself, cutting_heavy_bleeding,
  out_of_the_window_if_he_comes).
- ``self_harm_signs_rules.py``: indirect signs (leaving_soon, imagined_act,
  railway, wanting_it_over, affairs_settled; v7 round: lingering_at_a_drop,
  height_looked_up, last_visit_to_water_or_height, cold_water_at_night,
  place_pictured_as_quick; set H: done_with_breathing, not_making_it_to_the_date,
  switching_off_for_good, it_is_me_i_am_not_safe_from, not_getting_back_on,
  doing_it_first).
- ``self_harm_quiet_rules.py``: quiet signs with no risk word (rehearsal,
  method_chosen, affairs_in_order, quiet_goodbye, death_as_the_end_of_it; v7
  round: rehearsed_where_and_when, affairs_done_and_calm,
  things_given_then_ready, who_gets_what, easier_if_i_was_gone,
  gone_so_case_can_close, will_not_matter_soon, done_and_goodbye,
  nothing_left_but_me, means_at_hand_and_decided, means_then_should_not_say,
  exposed_and_never_going_out_again).

- ``self_harm_places_rules.py``: a place or a means named with the intent
  (session 9, sets v8 and v9: gun_with_no_other_way, jump_from_a_height_said,
  looking_at_the_drop_or_water, rope_in_mind_or_at_hand, walking_into_water,
  in_front_of_the_train_said_later, not_here_at_a_time_to_come,
  ending_it_said_plainly).

- ``self_harm_others_rules.py``: someone else at risk, told by a friend, carer,
  teacher or officer (session 10, sets v10b, v11a, v11b: goodbye_then_not_answering,
  their_plan_told).
- ``self_harm_unsaid_rules.py``: means, places and farewells said without a word
  for suicide (session 10: means_asked_or_at_hand, height_or_water_dwelt_on,
  farewell_or_plan_said_quietly).
- ``self_harm_last_steps_rules.py``: last steps said quietly (session 11, sets
  v12a and v12b: no_coming_back, means_gathered_and_calm,
  farewell_then_out_of_reach).
- ``self_harm_v13_rules.py``: acts under way, means with intent, farewells with a
  time (session 12, sets v13a and v13b: act_under_way_at_a_place,
  means_with_intent, someone_else_in_the_act_now, farewell_with_a_time).
- ``self_harm_v14_others_rules.py``: someone else's self-harm relayed, or beside
  danger (session 13, sets v14a and v14b: their_plan_relayed_with_a_time,
  their_farewell_then_out_of_reach, their_means_behind_a_locked_door,
  dying_together_threatened, harming_himself_in_front_of_them).
- ``self_harm_v14_rules.py``: the person's own quiet last words and plans (session
  13, sets v14a and v14b: no_tomorrow_wanted, jumping_if_he_does_it,
  drugs_from_work_and_sleep, found_and_told_quietly, blame_on_record_for_what_comes,
  he_won_no_reply_wanted, pills_taken_help_refused, death_asked_before_doing_this).
- ``self_harm_v14_steps_rules.py``: the person's own last steps in new words, which
  had only Samaritans' line (session 13, sets v14a and v14b: ligature_ready_or_tied,
  at_a_drop_to_tell_someone, sorry_everyone_and_done, means_saved_up_and_known,
  means_bought_with_life_weariness, note_left_or_affairs_left_for_kin,
  farewell_passed_on_to_kin, act_pictured_near_now, own_means_with_the_end_wished,
  cut_again_and_wanting_more, gone_as_the_only_way_out, plan_set_and_blame_known).
- ``self_harm_v15_rules.py``: kinds with no self-harm reply at first sight of sets
  v15a and v15b (session 15: cord_tied_to_a_hang_point, accounts_cleared_before_going,
  medicine_stopped_to_fade_out, train_times_and_sorry, killing_us_both_threatened,
  letting_the_harm_happen).
- ``self_harm_v16_rules.py``: kinds with no self-harm reply at first sight of sets
  v16a and v16b (session 16: taking_someone_with_him, medicine_taken_and_drowsy,
  blade_held_to_a_wrist, pills_already_taken_past_caring, sedative_with_drink_past_caring,
  fatal_amount_asked, deep_cuts_not_treated, pet_rehomed_when_weary,
  letters_written_and_calm).
- ``self_harm_v19_rules.py``: kinds with no reply at all at first sight of sets v19a
  and v19b, and kinds with only Samaritans' line (session 17: last_round_done_list_left,
  going_when_the_children_are_away, all_of_them_taken_a_while_ago, all_of_them_tonight,
  rope_tied_and_waiting, blood_under_a_locked_door, enough_drawn_up,
  quickest_way_looked_up, waiting_by_the_tracks, high_up_looking_down).
- ``self_harm_v20_rules.py``: kinds with no reply at first sight of set v20b (session 17:
  arrangements_made_no_more_support, permanently_unavailable_meant, fumes_sealed_in,
  weights_in_my_pockets, means_and_a_plan, understands_why_now,
  only_one_place_he_cant_reach).

The phrase language is explained in danger_rules.py and rules.compile_phrase.
"""

from __future__ import annotations

from bot.safety.rules import Rule
from bot.safety.self_harm_acts_rules import ACTS_RULES
from bot.safety.self_harm_last_steps_rules import LAST_STEPS_RULES
from bot.safety.self_harm_means_rules import MEANS_RULES
from bot.safety.self_harm_others_rules import OTHERS_RULES
from bot.safety.self_harm_places_rules import PLACES_RULES
from bot.safety.self_harm_quiet_rules import QUIET_RULES
from bot.safety.self_harm_said_rules import SAID_RULES
from bot.safety.self_harm_signs_rules import SIGNS_RULES
from bot.safety.self_harm_unsaid_rules import UNSAID_RULES
from bot.safety.self_harm_v13_rules import V13_RULES
from bot.safety.self_harm_v14_others_rules import V14_OTHERS_RULES
from bot.safety.self_harm_v14_rules import V14_RULES
from bot.safety.self_harm_v14_steps_rules import V14_STEPS_RULES
from bot.safety.self_harm_v15_rules import V15_RULES
from bot.safety.self_harm_v16_rules import V16_RULES
from bot.safety.self_harm_v19_rules import V19_RULES
from bot.safety.self_harm_v20_rules import V20_RULES

SELF_HARM_RULES: tuple[Rule, ...] = (
    SAID_RULES
    + MEANS_RULES
    + ACTS_RULES
    + SIGNS_RULES
    + QUIET_RULES
    + PLACES_RULES
    + OTHERS_RULES
    + UNSAID_RULES
    + LAST_STEPS_RULES
    + V13_RULES
    + V14_RULES
    + V14_OTHERS_RULES
    + V14_STEPS_RULES
    + V15_RULES
    + V16_RULES
    + V19_RULES
    + V20_RULES
)
