package brisk.codegen;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/** JDK helpers generated code calls for unsigned arithmetic ({@code Integer.compareUnsigned}, ...). */
final class JdkApi {
    static final ClassDesc INTEGER = ConstantDescs.CD_Integer;
    static final ClassDesc LONG = ConstantDescs.CD_Long;
    static final MethodTypeDesc II_I = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_int, ConstantDescs.CD_int);
    static final MethodTypeDesc JJ_I = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_long, ConstantDescs.CD_long);
    static final MethodTypeDesc JJ_J = MethodTypeDesc.of(ConstantDescs.CD_long, ConstantDescs.CD_long, ConstantDescs.CD_long);

    private JdkApi() {}
}
