namespace Briefings.Core.Extraction.Mentions;

public enum EntityKind
{
    Party,
    Place,
    Person,
    Agreement,
}
