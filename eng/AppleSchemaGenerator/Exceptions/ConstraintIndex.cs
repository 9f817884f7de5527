using AppleSchemaGenerator.Model;

namespace AppleSchemaGenerator.Exceptions;

/// <summary>
/// The reviewed presence constraints of one payload schema, found by the dictionary they are about. Building it
/// checks every constraint against the schema: a parent or key that no longer exists stops the generator.
/// </summary>
internal sealed class ConstraintIndex
{
    private readonly List<PresenceConstraint> root = [];
    private readonly Dictionary<KeyNode, List<PresenceConstraint>> byDictionary = new(ReferenceEqualityComparer.Instance);

    private ConstraintIndex()
    {
    }

    public static ConstraintIndex For(PayloadSchema schema, IEnumerable<PresenceConstraint> constraints)
    {
        var index = new ConstraintIndex();
        foreach (var constraint in constraints.Where(c => c.File == schema.FileName))
        {
            var parent = constraint.Parent.Length == 0 ? null : Walk(schema.Keys, constraint.Parent.Split('/'), constraint);
            var keys = parent?.Subkeys ?? schema.Keys;
            foreach (var key in constraint.Keys.Append(constraint.WhenKey).OfType<string>())
            {
                if (Walk(keys, key.Split('.'), constraint) is null)
                {
                    throw new InvalidOperationException($"{constraint.File}: '{key}' not found under '{constraint.Parent}'.");
                }
            }

            if (parent is null)
            {
                index.root.Add(constraint);
            }
            else if (index.byDictionary.TryGetValue(parent, out var list))
            {
                list.Add(constraint);
            }
            else
            {
                index.byDictionary.Add(parent, [constraint]);
            }
        }

        return index;
    }

    /// <summary>Constraints about the keys of <paramref name="dictionary"/> (null: the payload itself).</summary>
    public IReadOnlyList<PresenceConstraint> Of(KeyNode? dictionary) =>
        dictionary is null ? root : byDictionary.TryGetValue(dictionary, out var list) ? list : [];

    public IEnumerable<PresenceConstraint> All => root.Concat(byDictionary.Values.SelectMany(l => l));

    private static KeyNode? Walk(IReadOnlyList<KeyNode> keys, IEnumerable<string> segments, PresenceConstraint constraint)
    {
        KeyNode? node = null;
        foreach (var segment in segments)
        {
            node = keys.FirstOrDefault(k => k.Key == segment)
                ?? throw new InvalidOperationException($"{constraint.File}: no key '{segment}' on the way to '{constraint.Parent}'.");
            keys = node.Subkeys;
        }

        return node;
    }
}
