namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3004/PAC3005 for an [AdditionalKeys] property: it holds the keys no typed property covers, so it is a
/// dictionary with string keys (property-list dictionary keys are strings: Apple's PropertyList-1.0 DTD,
/// http://www.apple.com/DTDs/PropertyList-1.0.dtd),
/// and a record has one of them. The build host (System.Type) and the analyzer (ITypeSymbol) both ask here,
/// so the same declaration gets the same words while typing and at build time.
/// </summary>
internal static class AdditionalKeysDeclaration
{
    /// <summary>
    /// Null when <paramref name="declaredBy"/> may hold the record's additional keys; else the finding.
    /// <paramref name="firstPropertyName"/> is the record's [AdditionalKeys] property accepted before this one, if any.
    /// </summary>
    public static Finding? Check(string declaredBy, TypeShape type, string? firstPropertyName, object? origin = null)
    {
        if (firstPropertyName is not null)
        {
            return new Finding(RuleCatalog.KeyCollision, $"{declaredBy} is a second [AdditionalKeys] property next to {firstPropertyName}; keep one.", origin: origin);
        }

        return type.Kind == TypeShapeKind.Dictionary && type.Key?.Kind == TypeShapeKind.String
            ? null
            : new Finding(
                RuleCatalog.TypeNotRepresentable,
                $"{declaredBy} is marked [AdditionalKeys] but its type {type.Name} is not a dictionary with string keys; declare it IReadOnlyDictionary<string, object?>.",
                origin: origin);
    }
}
