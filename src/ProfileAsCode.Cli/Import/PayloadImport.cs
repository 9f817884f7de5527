using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// One payload of a profile on its way to a property of the profile record: the settings it keeps, the record they
/// become — the library's typed record for the domain or payload type when one holds every value exactly (the best
/// fitting of several, <see cref="RecordChoice"/>), else a record designed from the values (<see cref="RecordInference"/>)
/// — and the initializer that sets them.
/// </summary>
internal sealed class PayloadImport
{
    private PayloadImport(PayloadDocument payload, PlistDictionary settings, IReadOnlyList<Type> candidates)
    {
        Payload = payload;
        Settings = settings;
        Candidates = candidates;
    }

    public PayloadDocument Payload { get; }

    /// <summary>The settings the record is to hold.</summary>
    public PlistDictionary Settings { get; }

    private IReadOnlyList<Type> Candidates { get; }

    /// <summary>The property's type as written.</summary>
    public string TypeName { get; private set; } = "";

    public Expr Initializer { get; private set; } = new InlineExpr("new()");

    /// <summary>How the settings were written, for the payload line of the report.</summary>
    public string How { get; private set; } = "";

    /// <summary>The name the property would like: from the record type or the domain.</summary>
    public string MemberName { get; private set; } = "";

    /// <summary>The display name the builder writes when none is pinned.</summary>
    public string DefaultDisplayName { get; private set; } = "";

    /// <summary>An Apple payload (written directly whatever the profile's form), not a preference domain.</summary>
    public bool IsApplePayload { get; private set; }

    /// <param name="notKept">Receives the setting keys the records cannot carry.</param>
    public static PayloadImport Plan(PayloadDocument payload, List<string> notKept)
    {
        PlistDictionary settings;
        if (payload.Unread is { } unread)
        {
            notKept.Add($"{payload.Label}: its settings, because {unread} (records write Forced only)");
            settings = PlistDictionary.Empty;
        }
        else
        {
            // A preference key named like an envelope key cannot be a record's key (PAC3005).
            notKept.AddRange(payload.Settings.Keys.Where(PayloadKeys.IsEnvelopeKey).Select(k => $"{payload.Label}: {k}"));
            settings = new PlistDictionary(payload.Settings.Where(e => !PayloadKeys.IsEnvelopeKey(e.Key)));
        }

        // Apple payloads are always written directly: a domain in a managed-preferences payload or a bare plist stays a preference domain.
        var candidates = payload.Form == PreferencePayloadForm.Direct
            ? PayloadRecords.For(payload.Domain)
            : KnownDomains.Find(payload.Domain) is { } domainRecord ? [domainRecord] : [];
        return new PayloadImport(payload, settings, candidates);
    }

    /// <summary>Chooses the record and writes the initializer.</summary>
    /// <param name="notes">Receives why a typed record was not used, and values kept in an unusual way.</param>
    public void Emit(TypeNames names, GuidConstants strings, RecordInference inference, List<string> notes)
    {
        if (Candidates.Count > 0)
        {
            var (record, refusals) = RecordChoice.Choose(Candidates, Settings);
            if (record is not null)
            {
                var emitter = new TypedValueEmitter(names, strings);
                var typed = emitter.Record(Settings, record, "new()");
                notes.AddRange(emitter.Remarks.Select(remark => $"{Payload.Label}: {remark}"));
                TypeName = names.Name(record);
                Initializer = typed.Expr ?? throw new InvalidOperationException($"{record.Name} fitted the trial but not the emission: {typed.Problem}");
                How = Candidates.Count > 1 ? $"typed; the best fit of {Candidates.Count} records for the type" : "typed";
                MemberName = ImportNames.ForRecordType(record);
                DefaultDisplayName = PayloadRecords.DefaultDisplayName(record);
                IsApplePayload = ProfileAsCode.Profiles.Mapping.ShapeCatalog.MarkerOf(record)?.Kind == PayloadKind.ApplePayload;
                return;
            }

            var why = refusals is [var only]
                ? $"{only.Record.Name} because {only.Problem}"
                : string.Join(" or ", refusals.Select(r => r.Record.Name)) + " (" + string.Join("; ", refusals.Select(r => $"{r.Record.Name}: {r.Problem}")) + ")";
            notes.Add($"{Payload.Label}: not written as {why}; a record was generated from the values instead, so nothing is lost, but the typed checks of the library's record do not apply");
        }

        IsApplePayload = Payload.Form == PreferencePayloadForm.Direct && PayloadRecords.IsApplePayloadType(Payload.Domain);
        MemberName = ImportNames.ForDomain(Payload.Domain);
        (TypeName, Initializer) = inference.Infer(MemberName, Payload.Domain, Settings.ToList(), IsApplePayload);
        How = "generated record";
        DefaultDisplayName = Payload.Domain;
    }
}
