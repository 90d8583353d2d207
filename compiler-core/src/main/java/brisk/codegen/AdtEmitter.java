package brisk.codegen;

import brisk.lower.ir.FnRef;
import brisk.lower.ir.IrAdt;
import brisk.lower.ir.IrField;
import brisk.lower.ir.IrImpl;
import brisk.lower.ir.IrSig;
import brisk.lower.ir.IrTrait;
import brisk.lower.ir.IrType;
import brisk.lower.ir.IrVariant;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the classes of Rust ADTs. A struct is a public final class with public mutable fields,
 * a constructor taking every field in order, and {@code copy()} — Rust's bitwise copy: a new
 * object whose inline ADT and array fields are copied recursively ({@link CopyEmitter}).
 * An enum is a public abstract class with {@code int tag()} and {@code copy()}; each variant a
 * public final subclass ({@link JvmNames#variantClass}) shaped like a struct. Implemented
 * {@code dyn} traits become interfaces with bridge methods (on the enum's base class for enums).
 */
final class AdtEmitter {
    private AdtEmitter() {}

    static byte[] struct(ClassFile cf, IrAdt.Struct struct) {
        ClassDesc self = ClassDesc.ofInternalName(JvmNames.adtClass(struct.path()));
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(ConstantDescs.CD_Object);
            implementations(cb, struct.impls());
            dataClassBody(cb, self, ConstantDescs.CD_Object, self, struct.fields());
        });
    }

    static byte[] enumBase(ClassFile cf, IrAdt.Enum enumDecl) {
        ClassDesc base = ClassDesc.ofInternalName(JvmNames.adtClass(enumDecl.path()));
        return cf.build(base, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT | ClassFile.ACC_SUPER);
            cb.withSuperclass(ConstantDescs.CD_Object);
            implementations(cb, enumDecl.impls());
            cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PROTECTED, code -> code
                    .aload(0)
                    .invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void)
                    .return_());
            cb.withMethod("tag", MethodTypeDesc.of(ConstantDescs.CD_int), ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT,
                    _ -> { });
            cb.withMethod("copy", MethodTypeDesc.of(base), ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, _ -> { });
        });
    }

    /** The class of variant number {@code tag} of {@code enumDecl}. */
    static byte[] variant(ClassFile cf, IrAdt.Enum enumDecl, int tag) {
        ClassDesc base = ClassDesc.ofInternalName(JvmNames.adtClass(enumDecl.path()));
        IrVariant variant = enumDecl.variants().get(tag);
        ClassDesc self = ClassDesc.ofInternalName(JvmNames.variantClass(enumDecl.path(), variant.name()));
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(base);
            dataClassBody(cb, self, base, base, variant.fields());
            cb.withMethodBody("tag", MethodTypeDesc.of(ConstantDescs.CD_int), ClassFile.ACC_PUBLIC,
                    code -> code.loadConstant(tag).ireturn());
        });
    }

    /** A {@code dyn} trait's interface: one abstract method per trait method ({@link JvmNames#dynMethod}). */
    static byte[] traitInterface(ClassFile cf, IrTrait trait) {
        return cf.build(ClassDesc.ofInternalName(JvmNames.traitInterface(trait.path())), cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_INTERFACE | ClassFile.ACC_ABSTRACT);
            cb.withSuperclass(ConstantDescs.CD_Object);
            for (IrTrait.Method m : trait.methods()) {
                cb.withMethod(JvmNames.dynMethod(trait.path(), m.name()), JvmNames.methodType(m.sig()),
                        ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, _ -> { });
            }
        });
    }

    /**
     * Declares the implemented interfaces and, per trait method, a bridge instance method passing
     * {@code this} and its arguments to the implementing static function.
     */
    private static void implementations(ClassBuilder cb, List<IrImpl> impls) {
        var interfaces = new ArrayList<ClassDesc>();
        for (IrImpl impl : impls) {
            interfaces.add(ClassDesc.ofInternalName(JvmNames.traitInterface(impl.trait())));
            for (IrImpl.Method m : impl.methods()) {
                IrSig sig = m.traitSig();
                FnRef target = m.target();
                cb.withMethodBody(JvmNames.dynMethod(impl.trait(), m.name()), JvmNames.methodType(sig),
                        ClassFile.ACC_PUBLIC, code -> {
                            code.aload(0);
                            int jvmParam = 0;
                            for (IrType p : sig.params()) {
                                if (!p.isVoid()) {
                                    code.loadLocal(JvmNames.kind(p), code.parameterSlot(jvmParam++));
                                }
                            }
                            code.invokestatic(ClassDesc.ofInternalName(JvmNames.moduleClass(target.module())),
                                            target.name(), JvmNames.methodType(target.sig()))
                                    .return_(JvmNames.kind(sig.result()));
                        });
            }
        }
        cb.withInterfaceSymbols(interfaces);
    }

    /** Fields, the all-fields constructor and {@code copy()} (returning {@code copyType}). */
    private static void dataClassBody(ClassBuilder cb, ClassDesc self, ClassDesc superClass, ClassDesc copyType,
            List<IrField> fields) {
        var params = new ArrayList<ClassDesc>();
        for (IrField f : fields) {
            cb.withField(JvmNames.field(f.name()), JvmNames.desc(f.type()), ClassFile.ACC_PUBLIC);
            params.add(JvmNames.desc(f.type()));
        }
        MethodTypeDesc ctor = MethodTypeDesc.of(ConstantDescs.CD_void, params);
        cb.withMethodBody(ConstantDescs.INIT_NAME, ctor, ClassFile.ACC_PUBLIC, code -> {
            code.aload(0).invokespecial(superClass, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
            for (int i = 0; i < fields.size(); i++) {
                IrField f = fields.get(i);
                code.aload(0)
                        .loadLocal(JvmNames.kind(f.type()), code.parameterSlot(i))
                        .putfield(self, JvmNames.field(f.name()), JvmNames.desc(f.type()));
            }
            code.return_();
        });
        cb.withMethodBody("copy", MethodTypeDesc.of(copyType), ClassFile.ACC_PUBLIC, code -> {
            code.new_(self).dup();
            for (IrField f : fields) {
                ClassDesc type = JvmNames.desc(f.type());
                code.aload(0).getfield(self, JvmNames.field(f.name()), type);
                CopyEmitter.emit(code, f.type());
            }
            code.invokespecial(self, ConstantDescs.INIT_NAME, ctor).areturn();
        });
    }
}
