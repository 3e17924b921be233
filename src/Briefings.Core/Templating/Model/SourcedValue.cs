using Briefings.Core.Facts;
using Scriban.Runtime;

namespace Briefings.Core.Templating.Model;

/// <summary>
/// A field that the facts give as sourced alternatives. Templates read <c>field.value</c> (the preferred or
/// only value), <c>field.alternatives</c> and <c>field.is_discrepancy</c>; <c>{{ field }}</c> prints the value
/// and <c>{{ disputed field }}</c> marks it when the sources differ.
/// </summary>
public sealed class SourcedValue : ScriptObject
{
    public SourcedValue(ISourced sourced, object? value, ScriptArray alternatives)
        // No import of static members: this type has none, and looking for them reflects over the type on
        // every construction, and a template model holds one per date, citation and sourced value.
        : base(3, autoImportStaticsFromThisType: false)
    {
        Sourced = sourced;
        Value = value;
        Add("value", value);
        Add("alternatives", alternatives);
        Add("is_discrepancy", sourced.IsDiscrepancy);
    }

    public ISourced Sourced { get; }

    public object? Value { get; }
}
