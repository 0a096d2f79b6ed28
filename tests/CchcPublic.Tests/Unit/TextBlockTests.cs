using System.Text;
using CchcPublic.Web.Content;
using Xunit;

namespace CchcPublic.Tests.Unit;

public sealed class TextBlockTests
{
    [Fact]
    public void Every_body_reads_back_as_written_whatever_its_neighbours()
    {
        var bodies = Enumerable.Range(1, TextBlock.Size)
            .Select(i => i % 5 == 0 ? "" : $"## Bước {i}\n\nNộp hồ sơ tại Bộ phận Một cửa của UBND xã, phường. Thời hạn giải quyết {i} ngày làm việc; 😀 đ Đ ỹ.")
            .ToList();

        var block = TextBlock.Of(bodies);

        Assert.Equal(bodies.Count, block.Count);
        Assert.Equal(bodies, Enumerable.Range(0, block.Count).Select(i => block[i]));
    }

    [Fact]
    public void Text_that_does_not_compress_is_kept_as_it_is_and_still_reads_back()
    {
        var random = new Random(5);
        var noise = Convert.ToBase64String(Enumerable.Range(0, 300).Select(_ => (byte)random.Next(256)).ToArray());
        var block = TextBlock.Of([noise, "", "ngắn"]);

        Assert.Equal([noise, "", "ngắn"], new[] { block[0], block[1], block[2] });
        Assert.Equal("", TextBlock.Of([""])[0]);
    }

    [Fact]
    public void A_block_of_similar_pages_is_several_times_smaller_than_their_text()
    {
        var bodies = Enumerable.Range(1, TextBlock.Size)
            .Select(i => string.Join(' ', Enumerable.Repeat($"Cải cách thủ tục hành chính là nhiệm vụ trọng tâm năm {2000 + i} của tỉnh.", 8)))
            .ToList();
        var size = TextBlock.Of(bodies).StoredBytes;

        Assert.True(size * 4 < bodies.Sum(b => Encoding.UTF8.GetByteCount(b)), $"{size} bytes");
    }
}
