"""Tests for signposting.identity: who people say they are, what they ask for."""

import pytest

from signposting.identity import identities_in, needs_in, stated_age


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # men: explicit self-description only
        ("I'm a man and he won't leave me alone", {"men"}),
        ("im a guy btw", {"men"}),
        ("I\u2019M A BLOKE", {"men"}),  # curly apostrophe, capitals
        ("as a male i feel nobody believes me", {"men"}),
        ("i am male", {"men"}),
        ("i m a 34 yr old dad", {"men"}),
        ("Am a lad. she keeps turning up", {"men"}),
        ("my ex girlfriend keeps texting me", set()),  # not inferable
        ("my ex wife follows me", set()),  # not inferable
        ("a man keeps following me", set()),
        ("i'm being followed by a guy", set()),
        ("im scared of this man", set()),
        ("i'm not a man, i'm asking for my brother", set()),
        ("he came to the door at 10 am a man was with him", set()),
        ("i live in manchester", set()),
        # women
        ("i'm a woman", {"women"}),
        ("im a mum of 2", {"women"}),
        ("i'm a woman being stalked by a man", {"women"}),
        # lgbt
        ("i'm gay", {"lgbt"}),
        ("Im a lesbian", {"lgbt"}),
        ("i'm bi", {"lgbt"}),
        ("i am trans", {"lgbt"}),
        ("i'm non-binary", {"lgbt"}),
        ("im nonbinary", {"lgbt"}),
        ("i'm queer", {"lgbt"}),
        ("is there support for lgbt people", {"lgbt"}),
        ("LGBTQ+ here", {"lgbt"}),
        ("my same sex partner", {"lgbt"}),
        ("i'm a gay man", {"lgbt", "men"}),
        ("i am a trans woman", {"lgbt", "women"}),
        ("he called me gay", set()),
        ("my ex is trans", set()),
        ("i'm not gay", set()),
        ("i'm a bit scared", set()),
        ("he sends bi-weekly letters", set()),
        ("i take public transport", set()),
        # young_people: own age 16-25, teenager, at school or college
        ("i'm 17", {"young_people"}),
        ("im 16 and scared", {"young_people"}),
        ("i am 25", {"young_people"}),
        ("im 19yo", {"young_people"}),
        ("i'm only 18 years old", {"young_people"}),
        ("i'm a 20 year old student", {"young_people"}),
        ("i'm a teenager", {"young_people"}),
        ("im a teen", {"young_people"}),
        ("i'm at college", {"young_people"}),
        ("im still at school", {"young_people"}),
        ("he waits outside my school", {"young_people"}),
        ("i'm in sixth form", {"young_people"}),
        ("i'm 26", set()),
        ("i'm 45", set()),
        ("i'm 15", set()),  # under 16s need a safeguarding route instead
        ("my daughter is 17", set()),
        ("he is 19", set()),
        ("i'm 20 mins away from home", set()),
        ("im 20m from the door", set()),
        ("i'm 20 weeks pregnant", set()),
        ("i was at school with him", set()),
        ("i went to college with her years ago", set()),
        # honour_based_abuse
        ("my family say i brought shame on them", {"honour_based_abuse"}),
        ("it's about family honour", {"honour_based_abuse"}),
        ("honour based abuse", {"honour_based_abuse"}),
        ("they are forcing me to marry my cousin", {"honour_based_abuse"}),
        ("i was forced into marriage", {"honour_based_abuse"}),
        ("he says i dishonoured the family", {"honour_based_abuse"}),
        ("family shame", {"honour_based_abuse"}),
        ("it would be an honour to help", set()),
        ("what a shame", set()),
        ("we got married last year", set()),
        # nothing said about the person
        ("he keeps following me home", set()),
        ("", set()),
    ],
)
def test_identities_in(text, expected):
    assert identities_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i'm 17", 17),
        ("IM 19 YRS OLD", 19),
        ("i am aged 22", 22),
        ("i'm a 30 year old woman", 30),
        ("i'm 30 and my son is 17", 30),
        ("my son is 17", None),
        ("i'm 5 mins away", None),
        ("no age here", None),
    ],
)
def test_stated_age(text, expected):
    assert stated_age(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Self-harm is the safety check's verdict, passed in (not a pattern here).
        ("i want to kill myself", set()),
        # emotional_support
        ("i cant cope anymore", {"emotional_support"}),
        ("i just need someone to talk to", {"emotional_support"}),
        ("my anxiety is through the roof", {"emotional_support"}),
        # domestic_abuse
        ("my ex keeps turning up", {"domestic_abuse"}),
        ("my ex-partner is following me", {"domestic_abuse"}),
        ("my husband checks my phone", {"domestic_abuse"}),
        ("my partner won't let me out", {"domestic_abuse"}),
        ("my bf wont leave me alone", {"domestic_abuse"}),
        ("ex boyfriend keeps calling", {"domestic_abuse"}),
        ("is this domestic abuse", {"domestic_abuse"}),
        ("we split up in may and he won't stop", {"domestic_abuse"}),
        ("my business partner", set()),
        ("an ex-colleague keeps calling", set()),
        ("my ex boss sends letters", set()),
        ("a stranger from the gym keeps calling", set()),
        ("i do exercise in the park", set()),
        # online_safety
        ("i think my phone has been hacked", {"online_safety"}),
        ("he messages me on Instagram", {"online_safety"}),
        ("there's spyware on my laptop", {"online_safety"}),
        ("he made a fake account", {"online_safety"}),
        ("found an airtag in my bag", {"online_safety"}),
        ("he's stalking me online", {"online_safety"}),
        ("he knows my password", {"online_safety"}),
        ("he's threatening to share nudes", {"online_safety"}),
        ("he keeps calling my phone", set()),
        ("he sent a letter to my house", set()),
        ("i might snap", set()),
        # legal_help
        ("can i get an injunction", {"legal_help"}),
        ("how do i get a restraining order", {"legal_help"}),
        ("what is a non-molestation order", {"legal_help"}),
        ("do i need a solicitor", {"legal_help"}),
        ("will i have to go to court", {"legal_help"}),
        ("can the police get an SPO", {"legal_help", "reporting"}),
        ("in order to get home i take the bus", set()),
        ("i ordered a taxi", set()),
        ("we met at the food court", set()),
        # reporting
        ("should i report him", {"reporting"}),
        ("i called the police", {"reporting"}),
        ("the cops did nothing", {"reporting"}),
        ("i have a crime number", {"reporting"}),
        ("i dont know whether to report", {"reporting"}),
        ("i don't want to report it", set()),
        ("i dont want the police involved", set()),
        ("i haven't reported it yet", set()),
        # several at once
        (
            "my ex hacked my insta and i want to report it",
            {"domestic_abuse", "online_safety", "reporting"},
        ),
        ("he follows me everywhere", set()),
        ("", set()),
    ],
)
def test_needs_in(text, expected):
    assert needs_in(text) == expected


def test_the_safety_verdict_adds_self_harm_and_emotional_support():
    assert needs_in("who can help", self_harm=True) == {"self_harm", "emotional_support"}
