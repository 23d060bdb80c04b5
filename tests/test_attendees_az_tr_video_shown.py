"""A video shown at the event is no message from afar (issue 16): "videoçarx nümayiş olundu", "video gösterimi
yapıldı", "a video about the tragedy was shown" in a sentence with a speech leave the speaker there; a message or
address sent by video ("videomüraciət", "video mesaj", "görüntülü mesaj", "video bağlantı", "a video message", "via
video link") places nobody, in a verb-final language too when it stands between the speaker and the verb. The
sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

AZ = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı səfirlikdə anım tədbiri keçirilib.\n\n"
TR = "20 Ocak faciasının 36. yıl dönümü dolayısıyla başkonsoloslukta anma töreni düzenlendi.\n\n"
EN = "A commemoration of the 36th anniversary of the 20 January tragedy was held at the embassy.\n\n"


def mentions(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


@pytest.mark.parametrize(
    "text",
    [
        AZ + "Tədbirdə videoçarx nümayiş olundu, sonra səfir Rəşad Talıbov çıxış edib.",
        AZ + "Tədbirdə faciəyə həsr olunmuş video nümayiş etdirilib, səfir Rəşad Talıbov çıxış edib.",
        AZ + "Tədbirdə faciəyə dair video göstərildikdən sonra səfir Rəşad Talıbov bildirib ki, şəhidlər unudulmur.",
        AZ + "Videoçarxa baxıldıqdan sonra səfir Rəşad Talıbov çıxış edib.",
        TR + "Törende video gösterimi yapıldı ve Büyükelçi Rəşad Talıbov bir konuşma yaptı.",
        TR + "Etkinlikte film izlendi, ardından Büyükelçi Rəşad Talıbov konuşma yaptı.",
        TR + "Törende bir belgesel video izletildi, Büyükelçi Rəşad Talıbov şehitleri anarak konuştu.",
        EN + "At the event, a video about the tragedy was shown and Ambassador Rashad Talibov delivered a speech.",
        EN + "A documentary video was screened, after which Ambassador Rashad Talibov delivered a speech.",
        EN + "A video on the tragedy was shown at the event. Ambassador Rashad Talibov noted that it is not forgotten.",
    ],
)
def test_a_video_shown_leaves_the_speaker_there(text: str) -> None:
    assert len(mentions(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        AZ + "Səfir Rəşad Talıbov videomüraciət ilə çıxış edib.",
        AZ + "Səfir Rəşad Talıbov videomüraciətlə tədbir iştirakçılarına səslənib.",
        AZ + "Səfir Rəşad Talıbov video müraciətində bildirib ki, şəhidlər unudulmur.",
        AZ + "Səfir Rəşad Talıbov video bağlantı vasitəsilə çıxış edib.",
        TR + "Büyükelçi Rəşad Talıbov video mesaj ile bir konuşma yaptı.",
        TR + "Büyükelçi Rəşad Talıbov video konferans yoluyla bir konuşma yaptı.",
        TR + "Büyükelçi Rəşad Talıbov görüntülü mesajla bir konuşma yaptı.",
        EN + "Ambassador Rashad Talibov delivered a speech by video message.",
        EN + "Ambassador Rashad Talibov addressed the participants in a video address.",
        EN + "In a video message, Ambassador Rashad Talibov noted that it is not forgotten.",
        EN + "Ambassador Rashad Talibov addressed the event via video link.",
        # words in a video shown at the event: the speaker is in the video
        AZ + "Tədbirdə nümayiş olunan videoda şahid Rəşad Talıbov xatirələrini bölüşüb.",
        TR + "Törende gösterilen videoda tanık Rəşad Talıbov bir konuşma yaptı.",
        EN + "Eyewitness Rashad Talibov shared his memories in a video shown at the event.",
    ],
)
def test_a_message_sent_by_video_places_nobody(text: str) -> None:
    assert mentions(text) == []
