namespace Briefings.Core.Facts;

public sealed record Person(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Role> Roles) : FactRecord;
