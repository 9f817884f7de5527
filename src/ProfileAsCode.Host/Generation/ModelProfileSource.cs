using System.Reflection;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Host.Output;
using ProfileAsCode.Rules;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Host.Generation;

/// <summary>Turns the user's <c>[ConfigurationProfile]</c> records into candidates the generator runs.</summary>
internal static class ModelProfileSource
{
    /// <param name="form">Overrides every profile's own <see cref="ConfigurationProfileAttribute.PayloadForm"/> when set.</param>
    public static IReadOnlyList<ProfileCandidate> Discover(Assembly assembly, PreferencePayloadForm? form, bool writeBarePlist) =>
        ProfileDiscovery.FindProfileTypes(assembly).Select(type => ToCandidate(type, form, writeBarePlist)).ToList();

    private static ProfileCandidate ToCandidate(Type type, PreferencePayloadForm? form, bool writeBarePlist)
    {
        var attribute = type.GetCustomAttribute<ConfigurationProfileAttribute>(inherit: false)!;
        return new ProfileCandidate(
            type.FullName ?? type.Name,
            SourceLocation.From(attribute.SourceFile, attribute.SourceLine),
            () => Build(type, form ?? attribute.PayloadForm, writeBarePlist));
    }

    private static BuiltOutput Build(Type type, PreferencePayloadForm form, bool writeBarePlist)
    {
        var built = ProfileBuilder.Build(type);
        var findings = built.Findings.ToList();
        var files = new List<OutputFile>();
        if (built.HasErrors)
        {
            return new BuiltOutput(built.Facts, findings, files);
        }

        var baseName = OutputFileNames.For(built.Profile.Identifier, type);
        try
        {
            files.Add(new OutputFile(baseName + ".mobileconfig", ProfileSerializer.ToMobileConfig(built.Profile, form), IsProfile: true));
            if (writeBarePlist)
            {
                foreach (var payload in built.Profile.Payloads)
                {
                    files.Add(new OutputFile(baseName + "." + payload.Domain + ".plist", ProfileSerializer.ToBarePlist(payload)));
                }
            }
        }
        catch (PlistWriteException exception)
        {
            findings.Add(new Finding(RuleCatalog.IllegalXmlCharacter, $"{type.Name}: {exception.Message}", exception.KeyPath));
            files.Clear();
        }

        return new BuiltOutput(built.Facts, findings, files);
    }
}
