"""The article's entity list holds what the article names; a demonym alone names nobody."""
import pytest

from cronaca.records import Article


@pytest.mark.parametrize("language, text, absent, present", [
    ("it", "Gli italiani hanno votato domenica. Il sindaco di Milano ha commentato i risultati.",
     "Italy", "Milan"),
    ("en", "Chinese companies protested on Monday. The mayor of Boston said the talks would go on.",
     "China", "Boston"),
])
def test_demonym_alone_is_not_an_article_entity(extractor, language, text, absent, present):
    doc = extractor.process(Article(id="t", text=text, language=language, published="2025-07-05"))
    names = {e.entity_name for e in doc.entities}
    assert present in names
    assert absent not in names


@pytest.mark.parametrize("language, text", [
    ("it", "Gli italiani hanno votato domenica in Italia."),
    ("en", "Chinese companies protested in China on Monday."),
])
def test_named_country_stays(extractor, language, text):
    doc = extractor.process(Article(id="t", text=text, language=language, published="2025-07-05"))
    assert {"Italy", "China"} & {e.entity_name for e in doc.entities}
