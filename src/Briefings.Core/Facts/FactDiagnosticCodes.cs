namespace Briefings.Core.Facts;

/// <summary>Stable codes of the facts diagnostics, for tests and scripts.</summary>
public static class FactDiagnosticCodes
{
    public const string Unreadable = "BRF-FACT-001";
    public const string YamlSyntax = "BRF-FACT-002";
    public const string UnknownKey = "BRF-FACT-003";
    public const string WrongType = "BRF-FACT-004";
    public const string MissingKey = "BRF-FACT-005";
    public const string DuplicateId = "BRF-FACT-006";
    public const string UnknownReference = "BRF-FACT-007";
    public const string BadDate = "BRF-FACT-008";
    public const string SourceMissing = "BRF-FACT-009";
    public const string SourceNotUtf8 = "BRF-FACT-010";
    public const string QuoteNotFound = "BRF-FACT-011";
    public const string BadAlternatives = "BRF-FACT-012";
    public const string BadId = "BRF-FACT-013";
    public const string NotAllowedValue = "BRF-FACT-014";
    public const string EmptyList = "BRF-FACT-015";

    public const string SourceNeverCited = "BRF-FACT-101";
    public const string EventWithoutPlacesOrParties = "BRF-FACT-102";
    public const string TopicWithOneParty = "BRF-FACT-103";
    public const string AgreementIdWithoutYear = "BRF-FACT-104";
}
