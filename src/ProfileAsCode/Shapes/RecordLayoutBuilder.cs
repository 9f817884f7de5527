using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Shapes;

/// <summary>
/// Lays a record out (<see cref="RecordLayout{TType, TProperty}"/>): each property's key, class and value rules,
/// and what the rule engine finds wrong with the declaration — an unrepresentable type (PAC3004,
/// <see cref="PlistRepresentability"/>), a misdeclared [AdditionalKeys] (<see cref="AdditionalKeysDeclaration"/>),
/// clashing or reserved keys (PAC3005, <see cref="KeyCollisions"/>). Problems are found from declared types, so a
/// property is reported even while unset.
/// </summary>
internal static class RecordLayoutBuilder
{
    public static RecordLayout<TType, TProperty> Build<TType, TProperty>(ShapeModel<TType, TProperty> model, TType type)
        where TType : class
        where TProperty : class
    {
        var members = new List<RecordMember<TType, TProperty>>();
        var candidates = new List<RecordMember<TType, TProperty>>();
        var problems = new List<Finding>();
        RecordMember<TType, TProperty>? additionalKeys = null;
        foreach (var property in RecordProperties.Of(model.Types, type))
        {
            var declared = model.Types.PropertyType(property.Property);
            var key = PayloadAttributes.Key(property.Attributes);
            var member = new RecordMember<TType, TProperty>(
                property,
                model.Classify(declared),
                key ?? property.Name,
                key is not null,
                ValueRuleReader.Read(property.Attributes),
                PayloadAttributes.IsAdditionalKeys(property.Attributes));
            members.Add(member);

            if (member.IsAdditionalKeys)
            {
                if (AdditionalKeysDeclaration.Check(member.DeclaredBy, model.DeclaredShape(declared), additionalKeys?.Declaration.Name, member) is { } misdeclared)
                {
                    problems.Add(misdeclared);
                }
                else
                {
                    additionalKeys = member;
                }
            }
            else if (PlistRepresentability.Check(member.DeclaredBy, model.DeclaredShape(declared)) is { } unrepresentable)
            {
                problems.Add(new Finding(unrepresentable.Rule, unrepresentable.Message, member.Key, member));
            }
            else
            {
                candidates.Add(member);
            }
        }

        var collisions = KeyCollisions.Check(candidates.Select(member => new KeyDeclaration(member.Key, member.DeclaredBy, member)).ToArray());
        problems.AddRange(collisions);
        var keys = collisions.Count == 0 ? candidates : candidates.Where(member => !collisions.Any(f => ReferenceEquals(f.Origin, member))).ToList();
        return new RecordLayout<TType, TProperty>(type, model.MarkerOf(type), members, keys, additionalKeys, problems);
    }
}
