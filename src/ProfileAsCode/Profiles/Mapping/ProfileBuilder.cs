using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// Evaluates a <c>[ConfigurationProfile]</c> record: creates it, turns every payload-typed property into a
/// payload — a <c>[PreferenceDomain]</c> record into a <see cref="PreferencePayload"/> (written in the profile's
/// form), an <c>[ApplePayload]</c> record into a <see cref="PlainPayload"/> of its <c>PayloadType</c> (always
/// direct) — and collects the rule engine's facts in the same pass.
/// </summary>
internal static class ProfileBuilder
{
    /// <exception cref="ProfileBuildException">User code threw while the record was created or read.</exception>
    public static BuiltProfile Build([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type profileType)
    {
        ArgumentNullException.ThrowIfNull(profileType);
        var attribute = profileType.GetCustomAttribute<ConfigurationProfileAttribute>(inherit: false)
            ?? throw new ArgumentException($"{profileType.Name} has no [ConfigurationProfile] attribute.", nameof(profileType));
        var profileIdentifier = attribute.Identifier ?? string.Empty;
        var instance = Create(profileType);

        var findings = new List<Finding>();
        var reportedRecords = new HashSet<Type>();
        var payloads = new List<ProfilePayload>();
        var payloadFacts = new List<PayloadFacts>();

        // Declared types, not values: a property left null still owns its type's plain identifier (docs/profiles.md, "Identity").
        var declaredTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in ShapeCatalog.RecordProperties(profileType))
        {
            var origin = new PropertyOrigin(profileType, property.Name, property);
            var payloadType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (ShapeCatalog.MarkerOf(payloadType) is not { } marker)
            {
                findings.Add(new Finding(RuleCatalog.TypeNotRepresentable, ShapeMessages.NotAPayload(property), origin: origin));
                continue;
            }

            var isFirstOfType = declaredTypes.Add(marker.Identifier);
            var record = PayloadMapper.Read(instance, property, origin);
            if (record is null)
            {
                continue; // not set: no payload
            }

            var mapper = new PayloadMapper(findings, reportedRecords, structureFacts: marker.Kind == PayloadKind.ApplePayload);
            var settings = mapper.MapPayload(record, ShapeCatalog.RecordShapeOf(payloadType), origin);

            var pinned = property.GetCustomAttribute<PayloadIdentityAttribute>(inherit: true);
            var identifier = pinned?.Identifier ?? ProfileIdentity.PayloadIdentifier(profileIdentifier, marker.Identifier, property.Name, isFirstOfType);
            var uuid = Pinned(pinned?.Uuid, $"{profileType.Name}.{property.Name} [PayloadIdentity]", origin, findings)
                ?? ProfileIdentity.PayloadUuid(identifier);
            var displayName = pinned is { DisplayNameIsSet: true } ? pinned.DisplayName : marker.DisplayName ?? marker.Identifier;

            ProfilePayload payload = marker.Kind == PayloadKind.ApplePayload
                ? new PlainPayload(marker.Identifier, identifier, uuid, settings)
                {
                    DisplayName = displayName, Description = pinned?.Description, Organization = pinned?.Organization, Enabled = pinned?.EnabledIfSet,
                }
                : new PreferencePayload(marker.Identifier, identifier, uuid, settings, displayName)
                {
                    Description = pinned?.Description, Organization = pinned?.Organization, Enabled = pinned?.EnabledIfSet,
                };
            payloads.Add(payload);
            payloadFacts.Add(new PayloadFacts(marker.Identifier, mapper.Facts, identifier, origin, marker.Kind));
        }

        var profileUuid = Pinned(attribute.Uuid, $"[ConfigurationProfile] of {profileType.Name}", attribute, findings)
            ?? ProfileIdentity.ProfileUuid(profileIdentifier);
        var profile = new ConfigurationProfile(profileIdentifier, profileUuid, payloads)
        {
            DisplayName = attribute.DisplayName,
            Description = attribute.Description,
            Organization = attribute.Organization,
            // Written unless OmitDefaults names them and they have their default (imported profiles that never had them).
            Scope = attribute.Scope == ProfileScope.System && attribute.OmitDefaults.HasFlag(TopLevelDefaults.Scope) ? null : attribute.Scope,
            RemovalDisallowed = !attribute.RemovalDisallowed && attribute.OmitDefaults.HasFlag(TopLevelDefaults.RemovalDisallowed) ? null : attribute.RemovalDisallowed,
            AdditionalKeys = attribute.EnabledIfSet is { } enabled
                ? new PlistDictionary([KeyValuePair.Create<string, PlistValue>(PayloadKeys.Enabled, enabled)])
                : PlistDictionary.Empty,
        };
        var facts = new ProfileFacts(attribute.Identifier, payloadFacts, attribute, attribute.MinimumMacOS, ScopeOf(attribute.Scope));
        return new BuiltProfile(attribute, profile, facts, findings);
    }

    private static PayloadScope ScopeOf(ProfileScope scope) => scope == ProfileScope.User ? PayloadScope.User : PayloadScope.System;

    private static object Create([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type profileType)
    {
        if (profileType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw ProfileBuildException.NotCreatable(profileType);
        }

        try
        {
            return Activator.CreateInstance(profileType)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw ProfileBuildException.ConstructorThrew(profileType, e.InnerException);
        }
    }

    /// <summary>A pinned UUID as written (so it matches what devices have), or null to derive one.</summary>
    private static string? Pinned(string? uuid, string where, object origin, List<Finding> findings)
    {
        if (uuid is null)
        {
            return null;
        }

        if (PinnedUuidWellFormed.Check(where, uuid, origin) is { } invalid)
        {
            findings.Add(invalid);
        }

        return uuid;
    }
}
