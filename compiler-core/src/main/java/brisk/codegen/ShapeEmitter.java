package brisk.codegen;

import brisk.lower.ir.IrType;
import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the classes shared by every module using a shape. A tuple shape's class is public final
 * with public mutable fields {@code _0, _1, ...} of the erased element types
 * ({@link JvmNames#tupleFieldDesc}) and an all-fields constructor; copying is done inline by
 * {@link CopyEmitter}, which knows the element types the class has erased. A callable shape's
 * interface has one abstract method {@code call} of the erased signature.
 */
final class ShapeEmitter {
    private ShapeEmitter() {}

    static byte[] fnInterface(ClassFile cf, String name, IrType.FnPtr fn) {
        return cf.build(ClassDesc.ofInternalName(name), cb -> cb
                .withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_INTERFACE | ClassFile.ACC_ABSTRACT)
                .withSuperclass(ConstantDescs.CD_Object)
                .withMethod("call", JvmNames.fnErasedType(fn), ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, _ -> { }));
    }

    static byte[] tuple(ClassFile cf, String name, IrType.Tuple tuple) {
        ClassDesc self = ClassDesc.ofInternalName(name);
        List<IrType> elements = tuple.elements();
        var params = new ArrayList<ClassDesc>();
        for (IrType e : elements) {
            params.add(JvmNames.tupleFieldDesc(e));
        }
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(ConstantDescs.CD_Object);
            for (int i = 0; i < params.size(); i++) {
                cb.withField("_" + i, params.get(i), ClassFile.ACC_PUBLIC);
            }
            cb.withMethodBody(ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, params),
                    ClassFile.ACC_PUBLIC, code -> {
                        code.aload(0).invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME,
                                ConstantDescs.MTD_void);
                        for (int i = 0; i < params.size(); i++) {
                            code.aload(0)
                                    .loadLocal(JvmNames.kind(elements.get(i)), code.parameterSlot(i))
                                    .putfield(self, "_" + i, params.get(i));
                        }
                        code.return_();
                    });
        });
    }
}
