using System.Collections.Frozen;

namespace Briefings.Core.Extraction.Segmentation;

/// <summary>
/// What a word before a full stop says about a sentence end. Titles and reference words ("Mr.", "St.", "No. 5",
/// "e.g.", "b.r.") never end a sentence; words that often do end one ("U.S.", "etc.", "Inc.") end it only before a
/// word that typically opens a sentence ("… in the U.S. The …").
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Gov",
        "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Messrs", "vs", "cf", "viz", "approx", "ca", "Fig", "fig", "Vol",
        "vol", "Art", "art", "Sec", "sec", "para", "Para", "p", "pp", "ed", "eds", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "b.r", "a.k.a", "et al", "al",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeforeNumber = FrozenSet.ToFrozenSet(["No", "no", "Nos", "nos", "Nr", "nr"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> OftenFinal = FrozenSet.ToFrozenSet(
        ["etc", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "Esq"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
    [
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "In", "On", "At", "But",
        "However", "A", "An", "As", "For", "If", "When", "While", "After", "Since", "Meanwhile", "There", "Then",
        "Moreover", "Also", "And", "Yet", "So", "Nevertheless", "Both", "Such", "His", "Her", "Their", "Our",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether the full stop after <paramref name="word"/> (letters and inner dots, e.g. "U.S", "Mr", "J") ends the
    /// sentence, given the next word and whether that word is a number.
    /// </summary>
    public static bool EndsSentence(string word, string nextWord, bool nextIsNumber)
    {
        if (word.Length == 0)
        {
            return true;
        }

        if (NeverFinal.Contains(word))
        {
            return false;
        }

        if (BeforeNumber.Contains(word))
        {
            return !nextIsNumber;
        }

        // An initial: "J. F. Kennedy". "I" is the pronoun or a Roman numeral ("World War I. The …").
        if (word.Length == 1 && char.IsUpper(word[0]) && word[0] != 'I')
        {
            return false;
        }

        if (OftenFinal.Contains(word) || word.Contains('.', StringComparison.Ordinal))
        {
            return SentenceOpeners.Contains(nextWord);
        }

        return true;
    }
}
