using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Core.Dates;

namespace Briefings.Core.Facts;

/// <summary>
/// Writes the JSON Schema of <c>facts.yaml</c> (shipped as <c>seeds/facts.schema.json</c>, for editors) from the
/// model itself, through the same <see cref="FactField"/> description the loader reads with, so the two cannot
/// disagree. Every field that may hold alternatives (<see cref="Sourced{T}"/> fields, and the plainly typed text,
/// dates and ids of facts, including single items of their lists) becomes <c>oneOf</c> a plain value or
/// <c>{ alternatives: [...] }</c>.
/// </summary>
public static class FactsSchemaGenerator
{
    public const string SchemaId = "https://briefings.example/schemas/facts.schema.json";

    /// <summary>The EDTF dates the loader accepts: day, month, year, decade (195X), century (19XX), qualifiers, ranges.</summary>
    public const string EdtfPattern = @"^(\d{4}(-\d{2}(-\d{2})?)?|\d{3}X|\d{2}XX)[~?%]?(/(\d{4}(-\d{2}(-\d{2})?)?|\d{3}X|\d{2}XX)[~?%]?)?$";

    public const string IdPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    public static string Generate()
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal)
        {
            ["edtf"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "An EDTF date (levels 0–1): 1956-10-19, 1956-10, 1956, 195X, 19XX, with ~ (approximate), ? (uncertain) or % (both), or a range a/b.",
                ["pattern"] = EdtfPattern,
            },
        };
        var root = RecordSchema(typeof(FactBase), definitions);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "Briefings facts",
            ["description"] = "The curated facts of a dossier. Generated from the C# model by FactsSchemaGenerator; do not edit by hand.",
        };
        foreach (var (key, value) in root)
        {
            schema[key] = value?.DeepClone();
        }

        var defs = new JsonObject();
        foreach (var (name, definition) in definitions)
        {
            defs[name] = definition;
        }

        schema["$defs"] = defs;
        return schema.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }

    private static JsonObject RecordSchema(Type type, SortedDictionary<string, JsonNode> definitions)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in FactField.Of(type))
        {
            properties[field.Key] = FieldSchema(field.Type, field, definitions, field.References, field.AcceptsAlternatives);
            if (field.IsRequired)
            {
                required.Add(field.Key);
            }
        }

        var schema = new JsonObject { ["type"] = "object" };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["additionalProperties"] = false;
        schema["properties"] = properties;
        return schema;
    }

    private static JsonNode FieldSchema(Type type, FactField? field, SortedDictionary<string, JsonNode> definitions, string? references, bool alternatives)
    {
        if (FactField.IsScalar(type))
        {
            var plain = ScalarSchema(type, field, references);
            return alternatives ? PlainOrAlternatives(type, plain, field, definitions, references) : plain;
        }

        if (FactField.IsList(type, out var itemType))
        {
            var list = new JsonObject { ["type"] = "array" };
            if (field?.NonEmpty == true)
            {
                list["minItems"] = 1;
            }

            list["items"] = FieldSchema(itemType, null, definitions, references, alternatives);
            return list;
        }

        if (FactField.IsDictionary(type))
        {
            var map = new JsonObject { ["type"] = "object" };
            if (references is not null)
            {
                map["description"] = $"Keys are ids from {references}.";
            }

            map["additionalProperties"] = new JsonObject { ["type"] = "string" };
            return map;
        }

        if (FactField.IsSourced(type, out var valueType))
        {
            return PlainOrAlternatives(valueType, ScalarSchema(valueType, null, references), null, definitions, references);
        }

        if (typeof(FactRecord).IsAssignableFrom(type) || type == typeof(FactBase))
        {
            var name = FactNames.SnakeCase(type.Name);
            if (!definitions.ContainsKey(name))
            {
                definitions[name] = new JsonObject();
                definitions[name] = RecordSchema(type, definitions);
            }

            return Reference(name);
        }

        throw new InvalidOperationException($"the facts model uses {type.Name}, which the schema generator cannot describe");
    }

    private static JsonNode ScalarSchema(Type type, FactField? field, string? references)
    {
        if (type == typeof(string))
        {
            var text = new JsonObject { ["type"] = "string" };
            if (field?.Key == "id")
            {
                text["pattern"] = IdPattern;
            }

            if (references is not null)
            {
                text["description"] = $"An id from {references}.";
            }

            if (field?.AllowedValues is { } allowed)
            {
                text["enum"] = new JsonArray([.. allowed.Select(value => (JsonNode)value)]);
            }

            return text;
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(EdtfDate))
        {
            return Reference("edtf");
        }

        throw new InvalidOperationException($"{type.Name} is not a scalar of the facts model");
    }

    /// <summary>
    /// <c>oneOf</c> the plain value or <c>{ alternatives: [ { value, cite, preferred?, reason? } ] }</c>, whose
    /// values obey the same rules (references, allowed values); one shared definition per kind of value.
    /// </summary>
    private static JsonObject PlainOrAlternatives(Type valueType, JsonNode plain, FactField? field, SortedDictionary<string, JsonNode> definitions, string? references)
    {
        var name = "alternatives_of_" + (field?.AllowedValues is null ? NameOf(valueType) : field.Key) + (references is null ? string.Empty : "_in_" + references);
        if (!definitions.ContainsKey(name))
        {
            definitions[name] = new JsonObject(); // reserve the name before recursing
            var alternative = RecordSchema(typeof(Alternative<>).MakeGenericType(valueType), definitions);
            alternative["properties"]!["value"] = plain.DeepClone();
            definitions[name] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "Competing values of one field, each with its citations; at most one preferred, with a reason.",
                ["required"] = new JsonArray("alternatives"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["alternatives"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = alternative },
                },
            };
        }

        return new JsonObject { ["oneOf"] = new JsonArray(plain, Reference(name)) };
    }

    private static string NameOf(Type valueType) => valueType == typeof(EdtfDate) ? "date" : valueType == typeof(string) ? "text" : FactNames.SnakeCase(valueType.Name);

    private static JsonObject Reference(string name) => new() { ["$ref"] = $"#/$defs/{name}" };
}
