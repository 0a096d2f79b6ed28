using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CchcPublic.Web.Search;

/// <summary>
/// A view of the index in which every term's postings hold only a few chosen documents (the window re-ranked by
/// the full query), reached by skipping, never by reading through. Re-ranking 100 documents through the index
/// itself cost 10–20 ms for six accented words: each phrase clause, asked to advance to one of them, read the
/// positions of every later document holding its words until it met the phrase. Statistics, norms and
/// document numbers are the index's own, so scores are exactly those the index gives.
/// </summary>
internal static class WindowReader
{
    /// <summary>
    /// The window re-scored by <paramref name="weight"/>, best first (ties: the earlier document), as Lucene's
    /// QueryRescorer scores it; a document the weight does not match keeps its first-pass score. The weight is built
    /// over <paramref name="reader"/> itself, so the terms' statistics are the index's, and it can serve every
    /// window of the same words: looking those statistics up in every segment cost a millisecond or more per search.
    /// </summary>
    public static ScoreDoc[] Rescore(IndexReader reader, Weight weight, IEnumerable<ScoreDoc> window)
    {
        var hits = window.Select(d => new ScoreDoc(d.Doc, d.Score)).OrderBy(d => d.Doc).ToArray();
        using var view = Over(reader, hits.Select(d => d.Doc));
        // The view's segments stand in the reader's order, so the weight's per-segment term states fit them.
        var leaves = view.Leaves;
        Scorer? scorer = null;
        var leaf = -1;
        foreach (var hit in hits)
        {
            var at = ReaderUtil.SubIndex(hit.Doc, leaves);
            if (at != leaf)
            {
                leaf = at;
                scorer = weight.GetScorer(leaves[at], null);
            }
            if (scorer is null)
            {
                continue;
            }
            var target = hit.Doc - leaves[at].DocBase;
            var doc = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (doc == target)
            {
                hit.Score = scorer.GetScore();
            }
        }
        Array.Sort(hits, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return hits;
    }

    /// <summary>A reader over <paramref name="reader"/>'s segments showing only <paramref name="docs"/> (top-level numbers). Dispose it after use.</summary>
    public static IndexReader Over(IndexReader reader, IEnumerable<int> docs)
    {
        var leaves = reader.Leaves;
        var byLeaf = docs.GroupBy(d => ReaderUtil.SubIndex(d, leaves)).ToDictionary(g => g.Key, g => g.Select(d => d - leaves[g.Key].DocBase).Order().ToArray());
        var views = leaves.Select(l => (IndexReader)new WindowSegment(l.AtomicReader, byLeaf.GetValueOrDefault(l.Ord, []))).ToArray();
        // The segments stay open: the view only borrows them.
        return new MultiReader(views, closeSubReaders: false);
    }

    private sealed class WindowSegment(AtomicReader segment, int[] window) : FilterAtomicReader(segment)
    {
        public override Fields Fields => m_input.Fields is { } fields ? new WindowFields(fields, window) : null!;

        // Borrowed: closing the view must not close the segment it reads.
        protected override void DoClose()
        {
        }
    }

    private sealed class WindowFields(Fields fields, int[] window) : FilterAtomicReader.FilterFields(fields)
    {
        public override Terms GetTerms(string field) => m_input.GetTerms(field) is { } terms ? new WindowTerms(terms, window) : null!;
    }

    private sealed class WindowTerms(Terms terms, int[] window) : FilterAtomicReader.FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator() => new WindowTermsEnum(m_input.GetEnumerator(), window);

        public override TermsEnum GetEnumerator(TermsEnum reuse) => GetEnumerator();
    }

    private sealed class WindowTermsEnum(TermsEnum terms, int[] window) : FilterAtomicReader.FilterTermsEnum(terms)
    {
        public override bool SeekExact(BytesRef text) => m_input.SeekExact(text);

        public override void SeekExact(BytesRef term, TermState state) => m_input.SeekExact(term, state);

        public override TermState GetTermState() => m_input.GetTermState();

        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) =>
            m_input.Docs(liveDocs, null, flags) is { } docs ? new WindowDocs(docs, window) : null!;

        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) =>
            m_input.DocsAndPositions(liveDocs, null, flags) is { } positions ? new WindowPositions(positions, window) : null!;
    }

    private sealed class WindowDocs(DocsEnum docs, int[] window) : FilterAtomicReader.FilterDocsEnum(docs)
    {
        private Cursor cursor = new(window);

        public override int DocID => cursor.Doc;
        public override int NextDoc() => cursor.Seek(m_input, cursor.Doc + 1);
        public override int Advance(int target) => cursor.Seek(m_input, target);
    }

    private sealed class WindowPositions(DocsAndPositionsEnum positions, int[] window) : FilterAtomicReader.FilterDocsAndPositionsEnum(positions)
    {
        private Cursor cursor = new(window);

        public override int DocID => cursor.Doc;
        public override int NextDoc() => cursor.Seek(m_input, cursor.Doc + 1);
        public override int Advance(int target) => cursor.Seek(m_input, target);
    }

    /// <summary>Where a term's postings stand in the window: the first window document at or after a target that holds the term.</summary>
    private struct Cursor(int[] window)
    {
        private int next;

        public int Doc { get; private set; } = -1;

        public int Seek(DocIdSetIterator postings, int target)
        {
            while (next < window.Length && window[next] < target)
            {
                next++;
            }
            while (next < window.Length)
            {
                var wanted = window[next];
                var at = postings.DocID < wanted ? postings.Advance(wanted) : postings.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }
                while (next < window.Length && window[next] < at)
                {
                    next++;
                }
                if (next < window.Length && window[next] == at)
                {
                    next++;
                    return Doc = at;
                }
            }
            return Doc = DocIdSetIterator.NO_MORE_DOCS;
        }
    }
}
