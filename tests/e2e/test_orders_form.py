"""The court-order questions over REST, against the real stack."""

from __future__ import annotations

from tests.e2e.conftest import Chat


def _start(chat: Chat, sender: str) -> list[str]:
    chat.say(sender, "hello")
    offer = chat.say(sender, "can i get a restraining order")
    assert "not legal advice" in offer[0]
    assert "Would you like that?" in offer[-1]
    return chat.say(sender, "yes")


def test_questions_skip_what_does_not_matter_and_end_with_options(chat: Chat, sender: str):
    replies = _start(chat, sender)
    assert replies[-1] == "Who is doing this to you?"
    assert "Do you know who" not in " ".join(chat.say(sender, "my ex boyfriend"))
    chat.say(sender, "yes")  # lived together
    chat.say(sender, "1 2 8")  # followed, kept contacting, threatened
    chat.say(sender, "yes")  # reported
    chat.say(sender, "he's been charged")
    final = " ".join(chat.say(sender, "i live in warrington"))
    assert "Non-molestation order: likely available" in final
    assert "This is not legal advice." in final
    assert "0800 970 2070" in final  # next step: NCDV


def test_a_stranger_is_never_asked_about_living_together(chat: Chat, sender: str) -> None:
    _start(chat, sender)
    asked = []
    for answer in ("a stranger", "yes", "1 4", "no", "crewe"):
        replies = chat.say(sender, answer)
        asked += replies
        if "This is not legal advice." in " ".join(replies):
            break
    assert not any("lived with them" in r for r in asked)
    assert "This is not legal advice." in " ".join(asked)


def test_skip_and_stop(chat: Chat, sender: str) -> None:
    _start(chat, sender)
    after_skip = chat.say(sender, "skip")
    assert after_skip and "Who is doing this" not in after_skip[-1]
    stopped = " ".join(chat.say(sender, "stop"))
    assert "no more questions" in stopped.lower() or "not legal advice" in stopped
    # Out of the form: an ordinary question is answered again.
    assert "101" in chat.say(sender, "how do i report him")[0]


def test_unclear_answer_is_asked_again(chat: Chat, sender: str) -> None:
    _start(chat, sender)
    replies = chat.say(sender, "purple")
    assert "didn't catch that" in replies[0]
    assert replies[-1] == "Who is doing this to you?"


def test_danger_mid_form_gets_999_and_no_question_straight_after(chat: Chat, sender: str):
    _start(chat, sender)
    replies = chat.say(sender, "hes outside my house right now")
    assert "call 999" in replies[0]
    assert not any("didn't catch" in r or "Who is doing" in r for r in replies)
    # The questions carry on when the person is ready.
    assert "Do you know who they are" in " ".join(chat.say(sender, "a stranger"))
