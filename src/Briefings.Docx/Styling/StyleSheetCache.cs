using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Briefings.Core.Themes;

namespace Briefings.Docx.Styling;

/// <summary>
/// The styles part depends only on the theme and the language, so it is built once and its bytes reused:
/// building it is most of the cost of a one-page document. Thread-safe.
/// </summary>
internal static class StyleSheetCache
{
    private static readonly ConditionalWeakTable<Theme, ConcurrentDictionary<string, byte[]>> Cache = [];

    public static byte[] Get(Theme theme, string language) =>
        Cache.GetValue(theme, static _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal))
            .GetOrAdd(language, static (key, owner) => Serialize(StyleSheet.Build(owner, key).OuterXml), theme);

    public static byte[] Serialize(string rootXml) =>
        Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>" + rootXml);
}
