using Xunit;

namespace Briefings.Cli.Tests.Reliability;

/// <summary>A broken theme is reported at its line in theme.yaml, once, before anything is rendered.</summary>
public sealed class BadThemeTests : IDisposable
{
    private readonly HostileDossier dossier = new();

    private string Theme => Path.Combine(dossier.Templates, "theme.yaml");

    [Fact]
    public void A_missing_font_file_is_located_in_the_theme()
    {
        var line = HostileDossier.Edit(Theme, "Caladea-Bold.ttf", "Caladea-Gone.ttf");
        HostileAssert.LocatedError(dossier.BuildAll(), "theme.yaml", line, "BRF-THEME-004", "font file not found");
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("empty")]
    [InlineData("text")]
    public void A_file_that_is_not_a_font_is_located_in_the_theme(string kind)
    {
        var fake = Path.Combine(dossier.Root, "fake.ttf");
        var bytes = kind switch
        {
            "garbage" => Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 251)).ToArray(),
            "empty" => [],
            _ => "<html>404 Not Found</html>"u8.ToArray(),
        };
        File.WriteAllBytes(fake, bytes);
        var original = File.ReadAllLines(Theme).First(line => line.Contains("Caladea-Italic.ttf", StringComparison.Ordinal)).Split(": ", 2)[1];
        var line = HostileDossier.Edit(Theme, original, fake);

        var run = dossier.BuildAll();

        HostileAssert.LocatedError(run, "theme.yaml", line, "BRF-THEME-004", "font");
        Assert.Single(run.ErrorLines);
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("left: 62 }", "left: 300 }", "right: 62", "right: 300")]
    [InlineData("top: 68", "top: 500", "bottom: 62", "bottom: 500")]
    public void Margins_that_leave_no_text_area_are_located_in_the_theme(string find1, string replace1, string find2, string replace2)
    {
        var line = HostileDossier.Edit(Theme, find1, replace1);
        HostileDossier.Edit(Theme, find2, replace2);
        HostileAssert.LocatedError(dossier.BuildAll(), "theme.yaml", line, "BRF-THEME-004", "text area");
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("body: 10.5", "body: 0")]
    [InlineData("line_height: 1.3", "line_height: 0")]
    [InlineData("title: 22", "title: 9000")]
    [InlineData("body: 10.5", "body: -3")]
    [InlineData("body: 10.5", "body: NaN")]
    public void Font_sizes_outside_sense_are_located_in_the_theme(string find, string replacement)
    {
        var line = HostileDossier.Edit(Theme, find, replacement);
        HostileAssert.LocatedError(dossier.BuildAll(), "theme.yaml", line, "BRF-THEME-004");
        dossier.AssertOutUntouched();
    }

    [Fact]
    public void A_theme_that_is_not_yaml_is_located()
    {
        var line = HostileDossier.Edit(Theme, "page:\n", "page: [\n");
        HostileAssert.LocatedError(dossier.BuildAll(), "theme.yaml", null, "BRF-THEME-002");
        Assert.True(line > 0);
        dossier.AssertOutUntouched();
    }

    [Theory]
    [InlineData("size: !!binary[A4]")]
    [InlineData("size: \"A4\"*a")]
    public void Yaml_that_makes_the_parser_throw_without_a_position_is_still_located(string replacement)
    {
        var line = HostileDossier.Edit(Theme, "size: A4", replacement);
        HostileAssert.LocatedError(dossier.BuildAll(), "theme.yaml", line, "BRF-THEME-002", "malformed YAML");
        dossier.AssertOutUntouched();
    }

    public void Dispose() => dossier.Dispose();
}
