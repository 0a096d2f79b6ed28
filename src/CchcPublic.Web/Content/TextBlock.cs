using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace CchcPublic.Web.Content;

/// <summary>
/// A few Markdown bodies compressed together as one Brotli stream. A page's wording repeats from page to page,
/// and the compressor only sees that across pages: on 100,000 generated pages one body alone shrinks to half,
/// sixteen in a row to a fifth. Reading a body decompresses its block (a fraction of a millisecond); that
/// happens only when a page's HTML is rendered, which the output cache then keeps.
/// </summary>
public sealed class TextBlock
{
    public const int Size = 16;

    private readonly byte[] compressed;
    private readonly int[] ends;
    private readonly bool raw;

    private TextBlock(byte[] compressed, int[] ends, bool raw)
    {
        this.compressed = compressed;
        this.ends = ends;
        this.raw = raw;
    }

    public int Count => ends.Length;

    /// <summary>What the block holds in memory.</summary>
    public int StoredBytes => compressed.Length;

    public static TextBlock Of(IReadOnlyList<string> texts)
    {
        var ends = new int[texts.Count];
        var total = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            total += Encoding.UTF8.GetByteCount(texts[i]);
            ends[i] = total;
        }
        var utf8 = ArrayPool<byte>.Shared.Rent(total);
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(total));
        try
        {
            var at = 0;
            foreach (var text in texts)
            {
                at += Encoding.UTF8.GetBytes(text, utf8.AsSpan(at));
            }
            return total > 0 && BrotliEncoder.TryCompress(utf8.AsSpan(0, total), buffer, out var written, quality: 5, window: 22) && written < total
                ? new TextBlock(buffer[..written], ends, raw: false)
                : new TextBlock(utf8[..total], ends, raw: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public string this[int index]
    {
        get
        {
            var start = index == 0 ? 0 : ends[index - 1];
            var length = ends[index] - start;
            if (length == 0)
            {
                return "";
            }
            if (raw)
            {
                return Encoding.UTF8.GetString(compressed, start, length);
            }
            var total = ends[^1];
            var utf8 = ArrayPool<byte>.Shared.Rent(total);
            try
            {
                if (!BrotliDecoder.TryDecompress(compressed, utf8.AsSpan(0, total), out var written) || written != total)
                {
                    throw new InvalidDataException("A compressed page body could not be read back.");
                }
                return Encoding.UTF8.GetString(utf8, start, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }
    }
}
