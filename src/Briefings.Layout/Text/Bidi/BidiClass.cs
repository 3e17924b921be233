namespace Briefings.Layout.Text.Bidi;

/// <summary>The Unicode bidirectional character types (UAX #9, table 4) this engine resolves.</summary>
internal enum BidiClass : byte
{
    /// <summary>Left-to-right letter.</summary>
    L,

    /// <summary>Right-to-left letter (Hebrew and other non-Arabic scripts).</summary>
    R,

    /// <summary>Arabic letter (Arabic, Syriac, Thaana): numbers after it are Arabic numbers.</summary>
    AL,

    /// <summary>European number.</summary>
    EN,

    /// <summary>European number separator (plus, minus).</summary>
    ES,

    /// <summary>European number terminator (currency, percent, degree).</summary>
    ET,

    /// <summary>Arabic number.</summary>
    AN,

    /// <summary>Common number separator (comma, full stop, colon, no-break space).</summary>
    CS,

    /// <summary>Non-spacing mark: takes the type of the character it sits on.</summary>
    NSM,

    /// <summary>Boundary neutral (controls, format characters): transparent.</summary>
    BN,

    /// <summary>Paragraph separator.</summary>
    B,

    /// <summary>Segment separator (tab).</summary>
    S,

    /// <summary>White space.</summary>
    WS,

    /// <summary>Other neutral (punctuation, symbols).</summary>
    ON,
}
