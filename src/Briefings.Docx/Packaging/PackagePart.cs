namespace Briefings.Docx.Packaging;

/// <summary>One part of a briefing package: where it is, what it holds, and how its owner points at it.</summary>
/// <param name="Name">The zip entry name (the part name without its leading slash).</param>
/// <param name="ContentType">Its content type in <c>[Content_Types].xml</c>.</param>
/// <param name="RelationshipType">The type of the relationship from its owner (the package or the document).</param>
/// <param name="RelationshipId">The id of that relationship: explicit, so no random id is ever written.</param>
internal sealed record PackagePart(string Name, string ContentType, string RelationshipType, string RelationshipId)
{
    public Relationship Relationship => new(RelationshipId, RelationshipType, "/" + Name);
}
