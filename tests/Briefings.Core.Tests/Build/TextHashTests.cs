using System.Text;
using Briefings.Core.Build;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace Briefings.Core.Tests.Build;

/// <summary>A briefing's Markdown is hashed slice by slice, never copied into bytes whole: the hash must be that of its UTF-8 bytes.</summary>
public sealed class TextHashTests
{
    private static string OfBytes(string text) => BuildInputs.Sha256(Encoding.UTF8.GetBytes(text));

    [Property(MaxTest = 300)]
    public bool Any_text_hashes_as_its_utf8_bytes(NonNull<string> text) => BuildInputs.Sha256(text.Get) == OfBytes(text.Get);

    [Theory]
    [InlineData(0)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(12287)]
    public void A_surrogate_pair_or_a_lone_surrogate_at_a_slice_boundary_hashes_as_its_utf8_bytes(int padding)
    {
        var filler = new string('a', padding);
        foreach (var text in new[] { filler + "\U0001F5FE Kuril", filler + "\uD83D", filler + "\uDE00 tail", filler + "Итуруп 択捉島" + filler })
        {
            Assert.Equal(OfBytes(text), BuildInputs.Sha256(text));
        }
    }

    [Fact]
    public void The_empty_text_hashes_as_no_bytes() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", BuildInputs.Sha256(string.Empty));
}
