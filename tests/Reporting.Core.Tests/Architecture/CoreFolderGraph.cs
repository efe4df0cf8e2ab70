using System.Collections.Immutable;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Reporting.Core.Tests.Architecture;

/// <summary>One use of a folder by another: <paramref name="User"/> (in folder From) names <paramref name="Used"/> (in folder To).</summary>
public sealed record FolderEdge(string From, string To, string User, string Used);

/// <summary>
/// Which Core folder (namespace Reporting.Core.X, sub-namespaces included) uses which, read from the compiled
/// assembly: base types, interfaces, attributes, field/method/property/local signatures and every token in
/// every method body. Compiler-made types (lambdas' closures, async state machines) count for the type that
/// declares them, so a use inside a lambda is still seen.
/// </summary>
public sealed class CoreFolderGraph
{
    private static readonly IReadOnlyDictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields().Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value, o => o.OperandType);

    private readonly MetadataReader reader;
    private readonly PEReader pe;
    private readonly string root;
    private readonly SignatureTypes signatures = new();
    private readonly Dictionary<(string, string), FolderEdge> edges = [];

    private CoreFolderGraph(PEReader pe, string root)
    {
        this.pe = pe;
        this.root = root;
        reader = pe.GetMetadataReader();
    }

    /// <summary>Every folder the assembly declares types in.</summary>
    public IReadOnlySet<string> Folders { get; private set; } = new HashSet<string>();

    /// <summary>One edge per (from, to) pair of distinct folders, with the first use found.</summary>
    public IReadOnlyCollection<FolderEdge> Edges => edges.Values;

    /// <summary>The folders under <paramref name="root"/> (a namespace prefix ending in a dot) of the assembly at the path.</summary>
    public static CoreFolderGraph Read(string assemblyPath, string root = "Reporting.Core.")
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var graph = new CoreFolderGraph(pe, root);
        graph.ReadAll();
        return graph;
    }

    private void ReadAll()
    {
        var folders = new HashSet<string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            if (FolderOf(handle) is not { } folder) continue;
            folders.Add(folder);
            foreach (var used in UsesOf(handle)) AddEdge(handle, folder, used);
        }
        Folders = folders;
    }

    private void AddEdge(TypeDefinitionHandle user, string from, TypeDefinitionHandle used)
    {
        if (FolderOf(used) is not { } to || to == from || edges.ContainsKey((from, to))) return;
        edges[(from, to)] = new FolderEdge(from, to, FullName(user), FullName(used));
    }

    private IEnumerable<TypeDefinitionHandle> UsesOf(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var uses = new List<TypeDefinitionHandle>();
        uses.AddRange(TypesIn(type.BaseType));
        foreach (var i in type.GetInterfaceImplementations()) uses.AddRange(TypesIn(reader.GetInterfaceImplementation(i).Interface));
        uses.AddRange(AttributeTypes(type.GetCustomAttributes()));
        uses.AddRange(ConstraintTypes(type.GetGenericParameters()));
        foreach (var f in type.GetFields())
        {
            var field = reader.GetFieldDefinition(f);
            uses.AddRange(field.DecodeSignature(signatures, null));
            uses.AddRange(AttributeTypes(field.GetCustomAttributes()));
        }
        foreach (var p in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(p);
            uses.AddRange(MethodTypes(property.DecodeSignature(signatures, null)));
            uses.AddRange(AttributeTypes(property.GetCustomAttributes()));
        }
        foreach (var e in type.GetEvents()) uses.AddRange(TypesIn(reader.GetEventDefinition(e).Type));
        foreach (var m in type.GetMethods()) uses.AddRange(MethodUses(reader.GetMethodDefinition(m)));
        return uses;
    }

    private IEnumerable<TypeDefinitionHandle> MethodUses(MethodDefinition method)
    {
        var uses = new List<TypeDefinitionHandle>();
        uses.AddRange(MethodTypes(method.DecodeSignature(signatures, null)));
        uses.AddRange(AttributeTypes(method.GetCustomAttributes()));
        uses.AddRange(ConstraintTypes(method.GetGenericParameters()));
        foreach (var p in method.GetParameters()) uses.AddRange(AttributeTypes(reader.GetParameter(p).GetCustomAttributes()));
        if (method.RelativeVirtualAddress == 0) return uses;
        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            var locals = reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(signatures, null);
            foreach (var local in locals) uses.AddRange(local);
        }
        var il = body.GetILReader();
        while (il.RemainingBytes > 0) uses.AddRange(InstructionUses(ref il));
        return uses;
    }

    private IEnumerable<TypeDefinitionHandle> InstructionUses(ref BlobReader il)
    {
        short code = il.ReadByte();
        if (code == 0xFE) code = (short)(0xFE00 | il.ReadByte());
        switch (OperandTypes[code])
        {
            case OperandType.InlineNone: return [];
            case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: il.Offset += 1; return [];
            case OperandType.InlineVar: il.Offset += 2; return [];
            case OperandType.InlineI8 or OperandType.InlineR: il.Offset += 8; return [];
            case OperandType.InlineSwitch: var targets = il.ReadInt32(); il.Offset += 4 * targets; return [];
            case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                return TypesIn(MetadataTokens.EntityHandle(il.ReadInt32()));
            default: il.Offset += 4; return []; // branch targets, int32/float32 constants, strings, call-site signatures
        }
    }

    /// <summary>The Core types a handle found in metadata or IL names (external types give none).</summary>
    private IEnumerable<TypeDefinitionHandle> TypesIn(EntityHandle handle)
    {
        if (handle.IsNil) return [];
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition: return [(TypeDefinitionHandle)handle];
            case HandleKind.TypeSpecification:
                return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(signatures, null);
            case HandleKind.MethodDefinition: return [reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()];
            case HandleKind.FieldDefinition: return [reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()];
            case HandleKind.MemberReference: return MemberReferenceTypes((MemberReferenceHandle)handle);
            case HandleKind.MethodSpecification:
                var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                return TypesIn(spec.Method).Concat(spec.DecodeSignature(signatures, null).SelectMany(t => t));
            default: return [];
        }
    }

    private IEnumerable<TypeDefinitionHandle> MemberReferenceTypes(MemberReferenceHandle handle)
    {
        var member = reader.GetMemberReference(handle);
        var signature = member.GetKind() == MemberReferenceKind.Method
            ? MethodTypes(member.DecodeMethodSignature(signatures, null))
            : member.DecodeFieldSignature(signatures, null);
        return TypesIn(member.Parent).Concat(signature);
    }

    private static IEnumerable<TypeDefinitionHandle> MethodTypes(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) =>
        signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p));

    private IEnumerable<TypeDefinitionHandle> AttributeTypes(CustomAttributeHandleCollection attributes) =>
        attributes.SelectMany(a => TypesIn(reader.GetCustomAttribute(a).Constructor));

    private IEnumerable<TypeDefinitionHandle> ConstraintTypes(GenericParameterHandleCollection parameters) =>
        parameters.SelectMany(p => reader.GetGenericParameter(p).GetConstraints())
            .SelectMany(c => TypesIn(reader.GetGenericParameterConstraint(c).Type));

    /// <summary>X for a type in namespace {root}X[.Y]; nested types take their outermost declaring type's.</summary>
    private string? FolderOf(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.IsNested) type = reader.GetTypeDefinition(type.GetDeclaringType());
        var ns = reader.GetString(type.Namespace);
        if (!ns.StartsWith(root, StringComparison.Ordinal)) return null;
        return ns[root.Length..].Split('.')[0];
    }

    private string FullName(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        return type.IsNested ? $"{FullName(type.GetDeclaringType())}+{name}" : $"{reader.GetString(type.Namespace)}.{name}";
    }
}
