// How Chinese transcribes foreign names, read backwards: the Latin sound each character
// usually stands for in a transcribed name (the Xinhua transcription tables). Characters that
// stand for a lone consonant (克 k, 斯 s, 特 t, 德 d, 爾 r, 夫 v, 姆 m, 布 b) carry no vowel.
// Simplified and traditional forms are both listed.
#include "text/han_reader.h"

namespace embargo::text {

// Pairs "character latin", separated by spaces.
extern const char kHanTranscription[] =
    "斯s 克k 拉la 特t 爾r 尔r 德d 里li 尼ni 卡ka 格g 利li 阿a 夫v 布b 科co 巴ba 西si "
    "基ki 洛lo 塔ta 雷re 奇ch 伊i 迪di 維vi 维vi 米mi 普p 羅ro 罗ro 曼man 姆m 托to 瓦va "
    "馬ma 马ma 哈ha 勒l 亞ya 亚ya 恩n 納na 纳na 多do 蒂ti 森sen 比bi 林lin 加ga 吉gi 奧o "
    "奥o 希hi 諾no 诺no 帕pa 赫h 塞se 莫mo 索so 梅me 安an 埃e 貝be 贝be 波po 達da 达da "
    "艾e 弗f 耶ye 薩sa 萨sa 伯ber 蘭lan 兰lan 娜na 博bo 沃wo 萊le 莱le 菲fi 霍ho 茲z 兹z "
    "杜du 魯ru 鲁ru 扎za 皮pi 穆mu 瑞ri 法fa 提ti 沙sha 古gu 茨tz 戈go 佩pe 海hai 威wi "
    "麥mac 麦mac 莉li 泰tai 史s 倫ren 伦ren 金kin 什sh 妮ni 查cha 娃va 內ne 内ne 福fo "
    "蒙mon 雅ya 高go 切che 文vin 桑san 登den 施sch 列le 瑪ma 玛ma 朗ran 頓ton 顿ton 坦tan "
    "瑟ser 庫ku 库ku 莎sa 凱ke 凯ke 丹dan 柯co 歐o 欧o 烏u 乌u 隆lon 努nu 丁din 佐zo 費fe "
    "费fe 圖tu 图tu 蘇su 苏su 柏ber 根gen 傑je 杰je 韋we 韦we 尤yu 肯ken 夏sha 戴dai 因in "
    "辛sin 勞lau 劳lau 芬fen 澤ze 泽ze 琳lin 胡hu 默mer 康con 賽se 赛se 坎kan 本ben 班ban "
    "佛fo 路lu 南nan 蓋gai 盖gai 摩mo 賈ja 贾ja 祖zu 舒shu 齊chi 齐chi 奎qui 麗li 丽li "
    "奈ne 喬jo 乔jo 美me 漢han 汉han 那na 道do 思s 謝she 谢she 葛g 約jo 约jo 考co 華wa "
    "华wa 寇co 絲s 丝s 豪ho 可ke 卜b 山shan 甘gan 寧nin 宁nin 盧lu 卢lu 凡van 涅ne 潘pan "
    "松son 揚yan 扬yan 舍she 席si 明min 珀per 昂on 厄e 哥go 肖sho 楚chu 邁mi 迈mi 兒r "
    "儿r 愛ai 爱ai 黛dai 狄di 拜bai 李li 邦bon 許hsu 许hsu 萬van 万van 代dai 朱ju 賓bin "
    "宾bin 溫wen 温wen 雪se 保pau 伍wu 彼pe 富fu 滕ten 依i 亨hen 琴chin 崔cui 派pai 治ji "
    "東don 东don 門men 门men 密mi 士s 得de 廷tin 平pin 撒sa 黑he 芙fu 日ni 堡burg 蓮len "
    "莲len 嘉ja 大da 子ko 娅ya 婭ya 唐don 翁on 契chi 捷je 汀tin 素su 修hu 連len 连len "
    "卓jo 紐nu 纽nu 薇vi 度du 英in 鮑bo 鲍bo 季ji 天ten 札za 彭pen 策ts 貢gon 贡gon "
    "熱je 热je 惠wi 孔kon 姬ji 奴nu 畢bi 毕bi 真shin 理li 斐fe 都do 敏min 伽ga 龍lon "
    "龙lon 通ton 力li 昆quin 若jo 露lu 歇she 恰cha 柳liu 察cha 申shin 侯ho 荷ho 宗zon "
    "武wu 歌go 易i 帝di 方fan 琪chi 汗han 蘿lo 萝lo 陶tao 珍jen 谷gu 樂le 乐le 廉lian "
    "寶bao 宝bao 旺wan 第di 略lio 丘chu 呂lu 吕lu 堤ti 贊zan 赞zan 葉ye 叶ye 陀to 休hu "
    "以i 碧bi 賀he 贺he 翰han 仁ren 他ta 楊yan 杨yan 徹che 彻che 永yon 靈lin 灵lin "
    "留liu 敦don 龐pon 庞pon 京kyo 佳ja 詹jan 哲je 莱le 賴lai 赖lai 懷wai 怀wai 蕾lei "
    "麗li 瑪ma 琼jo 瓊jo 黎li 卿chin 蒲pu 柴chai 騰ten 腾ten 戚chi 漢han 倍be 蓓be "
    "沛pe 珊san 姗san 斐fe 霞sha 絲s 芭ba 莉li 蕭sho 萧sho 緹ti 缇ti 妲da 黛dai 茜si "
    "蔻co 蔓man 曼man 綺chi 绮chi 嘉ja 瓦va 歐o 鄂o 芮rui 蘿lo 迪di 蒂ti 茹ru 孟mon "
    "維vi 沃wo 烏u 雷re 齐chi 乌u 琦chi 楠nan 伊i 銳rui 锐rui 庸yon 赛se 扎za 羅ro";

}  // namespace embargo::text
