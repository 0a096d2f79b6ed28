using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static CchcPublic.Web.Search.SearchFields;

namespace CchcPublic.Web.Search;

/// <summary>
/// Turns a <see cref="UserQuery"/> into a Lucene query, built programmatically (never through the classic
/// query parser). Every wanted word must match, in the folded fields (so "ban tin" finds "bản tin" and
/// "bàn tín") and, when the query carries diacritics, also in the exact fields, which adds score: "bản tin"
/// ranks exact-diacritic matches first. Adjacent words add a syllable-bigram clause so "hành chính" ranks as
/// a unit, titles weigh more than bodies, and document numbers also match the code field as typed.
/// The relaxed form, used when the strict one finds nothing, lets a word be one letter off and not every
/// word be present.
/// The recall form matches exactly the same documents with only the folded clauses, each word one required term
/// of the body field (which holds the title too) plus an optional title term: it is cheap enough to run over
/// every match (counting, facets, a first ranking), and the full form then re-ranks the best few.
/// </summary>
public static class SearchQueryBuilder
{
    private const float TitleBoost = 4f;
    private const float ExactBoost = 2f;
    private const float BigramBoost = 1.5f;

    public static Query? Build(UserQuery query, Analyzer analyzer, bool relaxed, bool recall = false)
    {
        // Exact-diacritic terms only ever match documents the folded ones match, so leaving them out keeps the set.
        var exact = query.HasDiacritics && !recall;
        // The strict recall form scores a plain sum, as the per-word disjunctions it stands for did.
        var root = new BooleanQuery(disableCoord: recall && !relaxed);
        var wanted = 0;
        var run = new List<(string Folded, string Exact)>();

        void FlushRun()
        {
            if (recall)
            {
                // Bigrams and the title phrase only add score: the full form counts them when it re-ranks.
                run.Clear();
                return;
            }
            for (var i = 0; i + 1 < run.Count; i++)
            {
                AddBigram(root, run[i], run[i + 1], exact);
            }
            if (run.Count > 1)
            {
                // The whole run as a phrase in the title: the strongest sign of the item someone means.
                root.Add(Phrase(TitleFolded, run.Select(r => r.Folded).ToList(), TitleBoost * 2), Occur.SHOULD);
            }
            run.Clear();
        }

        foreach (var part in query.Parts)
        {
            var folded = VietnameseAnalyzer.Terms(analyzer, BodyFolded, part.Text);
            var exacts = VietnameseAnalyzer.Terms(analyzer, BodyExact, part.Text);
            if (folded.Count == 0)
            {
                continue;
            }
            if (part.Excluded)
            {
                // The body field holds the title too.
                root.Add(folded.Count == 1 ? new TermQuery(new Term(BodyFolded, folded[0])) : Phrase(BodyFolded, folded, 1), Occur.MUST_NOT);
                continue;
            }
            Query clause;
            if (!part.IsPhrase && LooksLikeCode(part.Text))
            {
                FlushRun();
                clause = CodeClause(part.Text, folded);
            }
            else if (part.IsPhrase || folded.Count > 1)
            {
                FlushRun();
                clause = PhraseClause(folded, exacts, exact);
            }
            else if (recall && !relaxed)
            {
                // The body field holds the title too, so the word must be there; the title only adds score. The
                // same sum as "title or body", at the cost of one term per word, not a disjunction per word.
                root.Add(new TermQuery(new Term(BodyFolded, folded[0])), Occur.MUST);
                root.Add(new TermQuery(new Term(TitleFolded, folded[0])) { Boost = TitleBoost }, Occur.SHOULD);
                wanted++;
                continue;
            }
            else
            {
                clause = WordClause(folded[0], exacts[0], exact, relaxed);
                run.Add((folded[0], exacts[0]));
            }
            root.Add(clause, relaxed ? Occur.SHOULD : Occur.MUST);
            wanted++;
        }
        FlushRun();
        if (wanted == 0)
        {
            return null;
        }
        if (relaxed)
        {
            root.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(wanted * 0.6));
        }
        return root;
    }

    /// <summary>
    /// What snippets mark: each wanted word as a plain term (one letter off too, for the relaxed form), and only
    /// quoted phrases as phrases. A phrase makes the highlighter index every candidate text in memory to check
    /// positions, which took a fifth of a search's time when every pair of words was one.
    /// </summary>
    public static Query Highlight(UserQuery query, Analyzer analyzer, bool relaxed)
    {
        var root = new BooleanQuery(disableCoord: true);
        foreach (var part in query.Parts.Where(p => !p.Excluded))
        {
            var folded = VietnameseAnalyzer.Terms(analyzer, BodyFolded, part.Text);
            foreach (var field in new[] { TitleFolded, BodyFolded })
            {
                if (part.IsPhrase && folded.Count > 1)
                {
                    root.Add(Phrase(field, folded, 1), Occur.SHOULD);
                    continue;
                }
                foreach (var term in folded)
                {
                    root.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                    if (relaxed && term.Length >= 4 && folded.Count == 1)
                    {
                        root.Add(new FuzzyQuery(new Term(field, term), 1, 2), Occur.SHOULD);
                    }
                }
            }
        }
        return root;
    }

    /// <summary>Title suggestions: every word but the last must match, the last may be the start of a word.</summary>
    public static Query? Suggestion(string text, Analyzer analyzer)
    {
        var words = VietnameseAnalyzer.Terms(analyzer, Suggest, text);
        if (words.Count == 0 || words[^1].Length < 2)
        {
            return null;
        }
        var query = new BooleanQuery();
        foreach (var word in words.SkipLast(1))
        {
            query.Add(new TermQuery(new Term(Suggest, word)), Occur.MUST);
        }
        var last = new BooleanQuery
        {
            { new TermQuery(new Term(Suggest, words[^1])) { Boost = 2 }, Occur.SHOULD },
            { new PrefixQuery(new Term(Suggest, words[^1])), Occur.SHOULD },
        };
        query.Add(last, Occur.MUST);
        return query;
    }

    private static Query WordClause(string folded, string exactTerm, bool exact, bool relaxed)
    {
        var clause = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(TitleFolded, folded)) { Boost = TitleBoost }, Occur.SHOULD },
            { new TermQuery(new Term(BodyFolded, folded)), Occur.SHOULD },
        };
        if (exact)
        {
            clause.Add(new TermQuery(new Term(TitleExact, exactTerm)) { Boost = TitleBoost * ExactBoost }, Occur.SHOULD);
            clause.Add(new TermQuery(new Term(BodyExact, exactTerm)) { Boost = ExactBoost }, Occur.SHOULD);
        }
        if (relaxed && folded.Length >= 4)
        {
            // One letter off ("khai sinhh", "hanh chinhh"). Vietnamese syllables are short, so the first two
            // letters must be right, or every short syllable would match every other.
            clause.Add(new FuzzyQuery(new Term(TitleFolded, folded), 1, 2) { Boost = TitleBoost }, Occur.SHOULD);
            clause.Add(new FuzzyQuery(new Term(BodyFolded, folded), 1, 2), Occur.SHOULD);
        }
        return clause;
    }

    private static Query PhraseClause(List<string> folded, List<string> exacts, bool exact)
    {
        var clause = new BooleanQuery(disableCoord: true)
        {
            { Phrase(TitleFolded, folded, TitleBoost * 2), Occur.SHOULD },
            { Phrase(BodyFolded, folded, 2), Occur.SHOULD },
        };
        if (exact && exacts.Count == folded.Count)
        {
            clause.Add(Phrase(TitleExact, exacts, TitleBoost * 2 * ExactBoost), Occur.SHOULD);
            clause.Add(Phrase(BodyExact, exacts, 2 * ExactBoost), Occur.SHOULD);
        }
        return clause;
    }

    private static Query CodeClause(string typed, List<string> folded)
    {
        var code = NormalizeCode(typed);
        // The document's own number weighs far more than a mention of it in another text.
        var clause = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(OwnCode, code)) { Boost = 40 }, Occur.SHOULD },
            { new PrefixQuery(new Term(OwnCode, code)) { Boost = 20 }, Occur.SHOULD },
            { new TermQuery(new Term(Code, code)) { Boost = 10 }, Occur.SHOULD },
            { new PrefixQuery(new Term(Code, code)) { Boost = 4 }, Occur.SHOULD },
        };
        if (folded.Count > 0)
        {
            clause.Add(Phrase(TitleFolded, folded, TitleBoost), Occur.SHOULD);
            clause.Add(Phrase(BodyFolded, folded, 1), Occur.SHOULD);
        }
        return clause;
    }

    private static void AddBigram(BooleanQuery root, (string Folded, string Exact) a, (string Folded, string Exact) b, bool exact)
    {
        root.Add(new TermQuery(new Term(TitleFolded, $"{a.Folded} {b.Folded}")) { Boost = TitleBoost * BigramBoost }, Occur.SHOULD);
        root.Add(new TermQuery(new Term(BodyBigrams, $"{a.Folded} {b.Folded}")) { Boost = BigramBoost }, Occur.SHOULD);
        if (exact)
        {
            root.Add(new TermQuery(new Term(TitleExact, $"{a.Exact} {b.Exact}")) { Boost = TitleBoost * BigramBoost * ExactBoost }, Occur.SHOULD);
            // The exact body has no bigrams; the two syllables side by side are the same test. It only ever runs
            // on the few documents being re-ranked, where a phrase costs little.
            root.Add(Phrase(BodyExact, [a.Exact, b.Exact], BigramBoost * ExactBoost), Occur.SHOULD);
        }
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> terms, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }
        return phrase;
    }
}
