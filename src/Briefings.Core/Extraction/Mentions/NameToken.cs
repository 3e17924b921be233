namespace Briefings.Core.Extraction.Mentions;

/// <summary>
/// A word of a sentence or of a name. <see cref="Plain"/> is lower case without diacritics; <see cref="Canonical"/>
/// also maps a nationality adjective to its country ("Japanese" → "japan") so that "Japanese-Soviet" matches
/// "Japan-Soviet" inside a longer name. <see cref="JoinsPrevious"/>: only spaces, dashes or dots separate it from
/// the previous word, so both may belong to one name ("Japan–Russia", "U.S."), unlike "Japan, Russia".
/// </summary>
internal readonly record struct NameToken(int Start, int End, string Original, string Plain, string Canonical, bool JoinsPrevious);
