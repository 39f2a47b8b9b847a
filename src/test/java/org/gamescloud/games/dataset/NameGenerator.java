package org.gamescloud.games.dataset;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic synthetic athlete names that look plausible for each NOC.
 *
 * <p>Small per-region pools of common family names, given names or given-name syllables are combined; the result
 * is never a list of real famous athletes (combinations are random). Each NOC uses one or more name styles, e.g.
 * Singapore mixes Chinese, Malay and Indian names.
 */
final class NameGenerator {

    /** A name style: family names, men's and women's given names (or syllables), and how to compose them. */
    private record Style(String[] family, String[] givenM, String[] givenW, Compose compose) {}

    private enum Compose {
        /** Given name is one word from the list. */
        WORD,
        /** Chinese pinyin: one or two syllables run together (Haoyu). */
        PINYIN,
        /** Two syllables, space separated (Ka Ho, Wei Jie). */
        TWO_SPACED,
        /** Two syllables, hyphenated with lower-case second (Min-jun, Yu-ting). */
        TWO_HYPHEN,
        /** Two words from the list, space separated (Van Minh, Muhammad Hafiz). */
        TWO_WORDS
    }

    private static String[] w(String words) {
        return words.trim().split("\\s+");
    }

    private static String[] lines(String words) {
        return words.trim().split("\\s*,\\s*");
    }

    private static final Style CHINESE = new Style(
            w("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie"
                    + " Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su"
                    + " Lyu Ding Ren Shen Yao Lu Jin Fu Zhong Cui Tan Qiu Qin Shi Jia Xia Fang Hou Bai Kong Mao Qian"),
            w("Hao Yu Jie Wei Lei Tao Peng Bo Chen Hang Kai Xuan Yi Zhe Rui Jun Ming Qiang Long Feng Yang Fan Chao"
                    + " Bin Lin Xiang Tian Hong Jian Zhi Wen Yong Hui Kang Sheng Yuan Dong Ze Jia Zi Heng Shuo Teng"),
            w("Ting Yan Jing Li Xin Yue Qian Lu Na Hui Ying Xue Mei Yu Jia Wen Shan Rong Qing Fang Lan Xiao Yi"
                    + " Meng Han Xi Yao Ning Shu Zi Dan Ruo Man Yun Lin Tong Shuang Jie Wei"),
            Compose.PINYIN);

    private static final Style CANTONESE = new Style(
            w("Chan Wong Lee Cheung Lau Ng Leung Ho Tsang Chow Lam Yip Kwok Tse Fung Yeung Chu Mak Tang Lo Law"
                    + " Cheng Siu Kwan Choi Yu Wan Poon Tam Hui Ma Lai Kong Tsui Wu Chiu Sin Mok"),
            w("Ka Ho Chun Wai Tsz Hin Man Kit Chi Hei Pak Lok Yat Long Wing Kin Shing Fai Hon Ming Yiu Lun Hong"
                    + " Kwan Ching Tak Hoi"),
            w("Wing Yan Tsz Ching Hoi Yee Ka Man Sze Wai Mei Lam Hiu Tung Nga Kei Suet Wun Shuk Yu Lok Pui Sum"
                    + " Ying Yi"),
            Compose.TWO_SPACED);

    private static final Style TAIWANESE = new Style(
            w("Chen Lin Huang Chang Li Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Tseng Chiu Lai Chou Yeh Su"
                    + " Chuang Lu Chiang Ho Lo Kao Chien Pan Tu Fang Tang Tsao Hsiao"),
            w("Chia Wei Yu Chih Hao Tsung Po Chun Kuan Yen Ting Hsiang Sheng Jen Kai Ming Hung Cheng Lun Yi Chieh"
                    + " Han Tse Yao"),
            w("Yu Ting Hsin Chia Yi Pei Shu Wen Hui Ya Ching Mei Han Chen Jou Hsuan Ling Fang Yun Chi Tzu Ju"),
            Compose.TWO_HYPHEN);

    private static final Style KOREAN = new Style(
            w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko"
                    + " Moon Yang Son Bae Baek Heo Nam Noh Ha Gu Jeong"),
            w("Min Jun Seo Ji Hoon Woo Hyun Sung Jae Dong Young Tae Seung Ho Jin Won Chan Kyu Joon Hwan Sang Gyu"
                    + " Yeol Beom"),
            w("Seo Yeon Ji Min Soo Ha Eun Yu Na Hye Jin Da Bin Ye Won Hee Kyung Ah Chae Yeong Ri Hyun Jeong"),
            Compose.TWO_HYPHEN);

    private static final Style NORTH_KOREAN = new Style(
            w("Kim Ri Pak Choe Jong Kang Han Jo Yun Jang Sin Ryu Hwang An Kwak Ro So O Mun Pang Paek Hong"),
            w("Il Chol Song Gwang Myong Hyok Nam Chun Yong Jin Hyon Ju Guk Hun Sok Ung Chung Ryong"),
            w("Kum Hyang Song Hui Un Gyong Ok Mi Sol Ju Yong Hwa Sun Jong Ryon Ae Hye"),
            Compose.TWO_SPACED);

    private static final Style JAPANESE = new Style(
            w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki"
                    + " Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa"
                    + " Ogawa Okada Hasegawa Fujita Goto Kondo Murakami Endo Aoki Sakamoto Saito Fukuda Ota Nishimura"
                    + " Fujii Okamoto Miura Takeda Nakano Ueda Harada Matsuda Kikuchi"),
            w("Haruto Ren Sota Yuto Daiki Kaito Takumi Riku Shota Kenta Yuki Ryota Hiroto Kazuki Naoki Sho Kosuke"
                    + " Yusuke Tomoya Ryo Shun Taiga Koki Hayato Daichi Yamato Keita Takeru Sora Rikuto"),
            w("Yui Hina Sakura Misaki Aoi Rin Yuna Mio Nanami Haruka Ayaka Mai Saki Momoka Natsumi Airi Miyu Kana"
                    + " Nao Yuka Mayu Rina Shiori Chihiro Kaho Mizuki Ayano Riko Hinata Akari"),
            Compose.WORD);

    private static final Style MONGOLIAN = new Style(
            w("Ganbold Baterdene Tumurbaatar Enkhbold Batbayar Sukhbaatar Ochirbat Munkhjargal Nyamdorj Davaasuren"
                    + " Bayarsaikhan Altangerel Erdenebat Otgonbayar Gantulga Narantsogt Tsendsuren Purevdorj"),
            w("Batbold Ganzorig Erdenebileg Munkh-Erdene Temuulen Bilguun Enkhjin Tsogbadrakh Ankhbayar Nomindalai"
                    + " Battulga Ulziibayar Khuderchuluun Sukhbat Orkhon Temuujin Byambadorj Gankhuyag"),
            w("Oyuntsetseg Enkhtuya Sarantuya Altanchimeg Solongo Narangerel Bolormaa Ariunzaya Munkhzul"
                    + " Tsetsegmaa Nomin Khulan Anujin Khongorzul Urantsetseg Dulguun Enkhjargal Bayarmaa"),
            Compose.WORD);

    private static final Style THAI = new Style(
            w("Saelim Srisawat Chaiyaphum Wongsawat Phromma Sukprasert Boonmee Thongchai Kaewmanee Rattanakul"
                    + " Siripong Chanthawong Phansiri Saengthong Inthasorn Jaidee Khamchan Sriwichai Pansuwan"
                    + " Thongdee Kongkaew Sombat Wongkham Phetcharat Yodsuk Chaisri Sanguansak Promsri Boonsong"),
            w("Somchai Kittipong Thanakorn Anucha Chaiwat Nattapong Panupong Sarawut Weerapong Supachai Teerapat"
                    + " Phuwadol Jakkrit Kritsada Apichat Pattarapong Sittichai Wichai Thanawat Kiattisak"),
            w("Nattaya Wiphada Siriporn Kanokwan Pimchanok Suphaksorn Ratchanok Chonticha Kulnisa Thidarat Arisa"
                    + " Jiraporn Pornpimol Sasithorn Wassana Supaporn Kamonwan Nipaporn Sukanya Chanida"),
            Compose.WORD);

    private static final Style VIETNAMESE = new Style(
            w("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Trinh Mai Lam Ha Cao"),
            lines("Van Anh, Van Hung, Duc Minh, Quang Dung, Huu Long, Thanh Nam, Cong Phuc, Tuan Quan, Hoang Son,"
                    + " Xuan Thang, Van Trung, Duc Tuan, Minh Vinh, Quang Hieu, Huu Khoa, Thanh Dat, Van Toan,"
                    + " Cong Hau, Tien Linh, Hoang Duc"),
            lines("Thi Anh, Thi Hoa, Ngoc Lan, Thu Linh, Thanh Mai, Kim Ngoc, Bich Phuong, Thi Trang, Hong Thao,"
                    + " Minh Vy, Thi Huong, Ngoc Nhung, Thu Yen, Thi Ha, Kim Nhi, Thi Thanh, Hai Yen, Thuy Linh"),
            Compose.WORD);

    private static final Style INDONESIAN = new Style(
            w("Pratama Saputra Wijaya Nugroho Santoso Hidayat Kurniawan Setiawan Susanto Gunawan Siregar"
                    + " Simanjuntak Hutapea Lubis Wibowo Purnomo Hakim Ramadhan Firmansyah Syahputra Lestari"
                    + " Wulandari Rahmawati Anggraini Permata Kusuma Sari Utami"),
            w("Ahmad Dimas Rizki Fajar Bayu Eko Agus Yoga Arif Hendra Adi Teguh Wahyu Reza Andi Rafi Galih"
                    + " Aditya Bagas Ilham"),
            w("Siti Dewi Ayu Rina Nurul Indah Fitri Dian Putri Ratna Wulan Maya Anisa Intan Citra Nabila Tiara"
                    + " Aulia Desi Yuni"),
            Compose.WORD);

    private static final Style MALAY = new Style(
            w("Abdullah Ismail Ibrahim Hassan Osman Rahim Yusof Ahmad Salleh Razak Hamid Latif Kassim Zakaria"
                    + " Hashim Mahmud Rosli Jaafar Yaacob Sulaiman"),
            lines("Muhammad Hafiz, Ahmad Faris, Mohd Amirul, Muhammad Aiman, Haziq Iskandar, Firdaus Rahman,"
                    + " Syafiq Izzat, Muhammad Irfan, Danial Hakimi, Azlan Shah, Muhammad Syahmi, Aidil Zafuan,"
                    + " Nur Hakim, Khairul Anuar"),
            lines("Nur Aisyah, Siti Nurhaliza, Nurul Izzah, Farah Nadia, Nur Syazwani, Amirah Balqis, Alya Sofea,"
                    + " Nur Izzati, Siti Aminah, Nurin Qistina, Puteri Nabila, Nur Fatin"),
            Compose.WORD);

    private static final Style SINGAPORE_CHINESE = new Style(
            w("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Loh Yap Teh"),
            w("Wei Jie Jun Hao Zhi Kai Yong Ming Jia Hui Rui En Cheng Xuan Yi Kang Sheng Jin Kah Zhen"),
            w("Hui Min Xin Yi Jia Ying Shu Wen Li Ting Mei Qi Yu Xuan Jing En Zi Ning Kah Yee"),
            Compose.TWO_SPACED);

    private static final Style TAMIL = new Style(
            w("Kumar Subramaniam Raj Pillai Nair Muthu Krishnan Rajendran Selvaraj Govindasamy Ramasamy Arumugam"),
            w("Arun Suresh Ganesh Kavin Prakash Dinesh Vijay Ravi Hari Naveen Sathish Thinesh"),
            w("Kavitha Priya Shalini Deepa Revathi Nirmala Yuvashini Thivya Sharmila Vani Kalai Pavithra"),
            Compose.WORD);

    private static final Style FILIPINO = new Style(
            w("Santos Reyes Cruz Bautista Garcia Mendoza Ramos Aquino Villanueva Castillo Flores Gonzales Torres"
                    + " Rivera Navarro Domingo Dizon Pascual Salazar Tolentino Manalo Soriano Valdez Dela_Cruz"),
            w("Carlo Miguel Paolo Joshua John Mark Christian Rafael Angelo Kevin Jerome Ramon Gabriel Patrick"
                    + " Marco Jericho Kiefer Dwight"),
            w("Angelica Kristine Maria Bea Nicole Jasmine Camille Patricia Andrea Kim Mikaela Alyssa Jessa Rhea"
                    + " Sofia Janine Dindi Aira"),
            Compose.WORD);

    private static final Style BURMESE = new Style(
            w("Aung Kyaw Zaw Min Htet Naing Soe Thura Win Myo Hein Phyo Lin Thant Tun Oo Htun Moe"),
            w("Aung Kyaw Zaw Min Htet Naing Soe Thura Win Myo Hein Ye Phyo Zin Lin Thant Ko Tun"),
            w("Aye Myat Thandar Su Hnin Ei Phyu Khin May Thin Nwe Yadanar Hla Zar Wai Mon Chit Thet"),
            Compose.TWO_SPACED);

    private static final Style KHMER = new Style(
            w("Sok Chea Keo Heng Lim Chan Phal Meas Nget Ouk Pich Ly Sam Touch Seng Kong Prak Sun Yim Chhay"),
            w("Sovann Dara Vuthy Rithy Sophal Vannak Piseth Bunthoeun Chanthou Sokha Visal Kimheng Sopheak"),
            w("Sreymom Bopha Sokunthea Channary Sophea Dalin Sreypov Leakhena Vanny Chanthy Theary Sreyneang"),
            Compose.WORD);

    private static final Style LAO = new Style(
            w("Phommachanh Sisavath Vongsa Keomany Souvannavong Inthavong Phetsavong Chanthavong Sengdara"
                    + " Xayavong Khammounty Souliyavong Phimmasone Sihalath Vongphachanh"),
            w("Somphone Khamla Souksavanh Bounmy Phouvong Thongsavath Sengphet Vilay Khamphet Anousone"
                    + " Kittisak Somsack"),
            w("Khamphoui Souphaphone Manivanh Phonesavanh Vilayvanh Chanthala Somchith Soudalay Malaythong"
                    + " Bouavanh Dalavanh Noutsavanh"),
            Compose.WORD);

    private static final Style TIMORESE = new Style(
            lines("da Silva, Soares, Guterres, Pereira, Ximenes, dos Santos, Belo, da Costa, Alves, Fernandes,"
                    + " Martins, de Araújo, Sarmento, Amaral, Freitas, da Cruz"),
            w("João José Manuel António Francisco Domingos Agostinho Nelson Mateus Rogério Felisberto Gaspar"),
            w("Maria Ana Joana Teresa Isabel Filomena Rosa Juliana Lúcia Natália Olímpia Elisa"),
            Compose.WORD);

    private static final Style INDIAN = new Style(
            w("Sharma Singh Kumar Patel Yadav Reddy Nair Das Gupta Chauhan Verma Rao Iyer Joshi Mehta Pillai"
                    + " Choudhary Malik Saini Rathore Naidu Bhat Kulkarni Pandey Mishra Thakur Gill Sandhu Dhillon"
                    + " Menon Tiwari Jadhav Pawar Shetty Dubey Negi Rawat Sethi Bose Ghosh"),
            w("Arjun Rahul Vikram Rohit Amit Sandeep Ankit Karan Deepak Manish Suresh Rajesh Aditya Harsh Pranav"
                    + " Varun Naveen Sumit Gaurav Abhishek Akash Vivek Ravi Sachin Nikhil Mohit Tarun Yash Aman"),
            w("Priya Pooja Anjali Kavya Neha Sunita Deepa Shweta Ritu Simran Aishwarya Komal Sakshi Divya Meera"
                    + " Tanvi Jyoti Nisha Pallavi Ananya Shruti Sneha Preeti Manisha Rekha Swati Bhavna Kiran"),
            Compose.WORD);

    private static final Style PAKISTANI = new Style(
            w("Khan Ahmed Ali Hussain Iqbal Butt Malik Raza Akhtar Sheikh Qureshi Javed Shah Mirza Chaudhry"
                    + " Abbasi Rana Siddiqui Aslam Nawaz Bhatti Zafar"),
            w("Muhammad Usman Bilal Hamza Imran Faisal Arshad Asad Zeeshan Waqas Shahid Kamran Adnan Haris Umair"
                    + " Talha Junaid Saad"),
            w("Ayesha Fatima Sana Mahnoor Zainab Hira Maryam Amna Saba Kiran Nida Rabia Sadia Iqra Mehwish"),
            Compose.WORD);

    private static final Style BANGLADESHI = new Style(
            w("Hossain Rahman Islam Ahmed Chowdhury Sarker Uddin Mia Khan Alam Hasan Haque Karim Roy Das Mondal"
                    + " Biswas Sheikh Talukder Molla"),
            w("Mohammad Abdul Rakib Shakil Tanvir Mahmud Arif Sabbir Nazmul Rubel Sohel Jahid Imran Rafiq Mehedi"),
            w("Sharmin Nasrin Farzana Taslima Sumaiya Jannatul Ritu Shirin Rumana Salma Fahima Marufa Nigar"
                    + " Sanjida Akhi"),
            Compose.WORD);

    private static final Style SRI_LANKAN = new Style(
            lines("Perera, Fernando, de Silva, Jayasuriya, Bandara, Dissanayake, Wickramasinghe, Kumara,"
                    + " Rathnayake, Gunawardena, Senanayake, Herath, Karunaratne, Wijesinghe, Jayawardena,"
                    + " Liyanage, Samarasinghe, Pathirana, Weerasinghe, Madushanka"),
            w("Kasun Nuwan Chamara Dinesh Tharindu Lahiru Sandun Isuru Chathura Asela Dilshan Pradeep Ruwan Gayan"
                    + " Sahan"),
            w("Dilani Nilmini Sachini Hasini Nadeesha Tharushi Imesha Kavindi Ishara Shashini Dulanjali Anoma"
                    + " Rasika Nethmi"),
            Compose.WORD);

    private static final Style NEPALI = new Style(
            w("Shrestha Thapa Gurung Tamang Rai Magar Karki Adhikari Bhandari Poudel KC Limbu Basnet Maharjan"
                    + " Khadka Bhattarai Sharma Pandey Rana Sherpa"),
            w("Ramesh Suman Bikash Anil Prakash Sagar Rajan Dipesh Nabin Santosh Kiran Bishal Rohan Sunil Manoj"),
            w("Sita Gita Anita Sarita Sunita Puja Rojina Sabina Asmita Kabita Sapana Laxmi Rekha Samjhana Bimala"),
            Compose.WORD);

    private static final Style BHUTANESE = new Style(
            w("Dorji Wangchuk Tshering Penjor Namgay Phuntsho Dawa Yeshi Tashi Chimi Kuenga Sangay Gyeltshen"),
            w("Karma Sonam Pema Kinley Ugyen Jigme Tandin Ngawang Dorji Tshering Kinzang Sonam"),
            w("Karma Sonam Pema Kinley Dechen Tshering Deki Sangay Choki Kezang"),
            Compose.WORD);

    private static final Style MALDIVIAN = new Style(
            w("Shareef Rasheed Naseem Waheed Saeed Zahir Latheef Hameed Shakir Nazim Faisal Riyaz Fahmy Shiham"),
            w("Mohamed Ahmed Ibrahim Hassan Ali Abdulla Hussain Ismail Moosa Adam Naaif Shifan"),
            w("Aishath Fathimath Mariyam Hawwa Aminath Khadeeja Shaheema Zeenath Raufa Afaa"),
            Compose.WORD);

    private static final Style IRANIAN = new Style(
            w("Ahmadi Hosseini Rezaei Mohammadi Karimi Moradi Jafari Rahimi Sadeghi Ghasemi Kazemi Akbari Heidari"
                    + " Hashemi Rostami Mousavi Salehi Nazari Ebrahimi Yousefi Zarei Asgari Najafi Bagheri Shirazi"
                    + " Tavakoli Fallah Nouri"),
            w("Ali Reza Mohammad Hossein Amir Mehdi Saeed Hamid Javad Majid Amin Milad Mostafa Arash Behnam Omid"
                    + " Sajjad Pouya Kian Ehsan Hadi Masoud"),
            w("Zahra Fatemeh Maryam Sara Narges Elham Nazanin Parisa Mahsa Shirin Hoda Niloufar Atefeh Somayeh"
                    + " Ladan Mina Negar Samira Setareh Kimia"),
            Compose.WORD);

    private static final Style AFGHAN = new Style(
            w("Ahmadzai Stanikzai Popal Noori Hakimi Rahimi Sultani Karimi Sadat Mohammadi Wardak Safi Amiri Azizi"
                    + " Hotak Zadran Niazi Mangal Omari Rasuli"),
            w("Ahmad Abdul Mohammad Farhad Hamid Najib Rashid Jawad Sayed Mujtaba Zabihullah Rahmat Nasir Fawad"),
            w("Fariba Zahra Mariam Nilofar Freshta Marzia Shabnam Roya Hasina Samira Masooma Laila"),
            Compose.WORD);

    private static final Style KAZAKH = new Style(
            w("Abdrakhmanov Nurlanov Seitkali Zhakupov Bekov Tokhtarov Serikbayev Omarov Kairatov Utegenov"
                    + " Mukhametov Zhumabayev Sadykov Ospanov Kenzhebayev Baimukhanov Tulegenov Yesenov Iskakov"
                    + " Akhmetov Dauletuly Serikuly"),
            w("Nursultan Daulet Yerlan Askar Bauyrzhan Arman Yerzhan Nurlan Azamat Didar Almas Dias Alibek Temirlan"
                    + " Sanzhar"),
            w("Aigerim Dana Madina Aruzhan Zarina Dinara Aizhan Kamila Assel Saule Zhanna Gulnaz Ainur Akbota"
                    + " Balzhan"),
            Compose.WORD);

    private static final Style UZBEK = new Style(
            w("Rakhimov Karimov Yusupov Nazarov Ismoilov Abdullaev Ergashev Tursunov Mirzaev Sultanov Kholmatov"
                    + " Saidov Umarov Rashidov Normatov Yuldashev Khasanov Jurayev Aminov Kadirov"),
            w("Jasur Sardor Bekzod Shakhzod Ulugbek Dilshod Akmal Sanjar Jakhongir Otabek Abbos Bobur Farrukh"
                    + " Nodir Sherzod"),
            w("Nilufar Dilnoza Gulnora Sevara Madina Shakhnoza Zilola Kamola Mukhlisa Feruza Nigora Dildora Malika"
                    + " Barno Sabina"),
            Compose.WORD);

    private static final Style KYRGYZ = new Style(
            w("Asanov Toktogulov Mamatov Osmonov Sydykov Abdyldaev Zhumaliev Beishenaliev Kadyrov Sultanbekov"
                    + " Temirov Bakirov Usenov Akmatov Duishenov"),
            w("Aibek Nurbek Ermek Azamat Bakyt Kanat Emil Daniyar Adilet Zhanybek Erlan Beknazar"),
            w("Aidana Aizada Begimai Meerim Nurzhan Aiperi Kanykei Zhibek Aigul Cholpon Asel Nazira"),
            Compose.WORD);

    private static final Style TAJIK = new Style(
            w("Rahimov Saidov Nazarov Davlatov Sharipov Rahmonzoda Karimzoda Mirzoev Safarov Boboev Ismoilzoda"
                    + " Kurbonov Nurov Odinaev Qodirov"),
            w("Farrukh Firdavs Rustam Daler Bakhtiyor Jamshed Parviz Shahrom Sunatullo Manuchehr Dilovar Komron"),
            w("Mehrona Nigina Shahnoza Tahmina Zarina Manija Parvina Dilnoza Sitora Firuza Nilufar Gulnora"),
            Compose.WORD);

    private static final Style TURKMEN = new Style(
            w("Annayev Berdiyev Orazov Gurbanov Atayev Hojayev Meredov Nurmuhammedov Charyyev Amanov Durdyyev"
                    + " Yazmyradov Babayev Rejepov"),
            w("Serdar Myrat Dovlet Bayram Maksat Arslan Rustam Yhlas Batyr Begench Kerim Merdan"),
            w("Aylar Jeren Maysa Ogulgerek Gulshat Selbi Ayna Leyli Bahar Mahri Enejan Ogulnabat"),
            Compose.WORD);

    private static final Style GULF_ARABIC = new Style(
            w("Al-Harbi Al-Mutairi Al-Otaibi Al-Qahtani Al-Dosari Al-Shammari Al-Zahrani Al-Ghamdi Al-Kuwari"
                    + " Al-Marri Al-Sulaiti Al-Mansoori Al-Hammadi Al-Ajmi Al-Rashidi Al-Enezi Al-Balushi Al-Hinai"
                    + " Al-Busaidi Al-Jubouri Al-Saadi Kadhim Al-Sayed Hasan Al-Hashedi Al-Maliki Al-Obaidi"
                    + " Al-Kaabi Al-Nuaimi Al-Shehhi"),
            w("Mohammed Ahmed Abdullah Khalid Omar Yousef Faisal Hamad Saeed Nasser Ali Hassan Ibrahim Salem"
                    + " Rashid Majed Fahad Sultan Turki Mansour"),
            w("Fatima Mariam Noura Sara Aisha Hessa Maha Shaikha Amal Reem Latifa Moza Alya Hind Dana"),
            Compose.WORD);

    private static final Style LEVANT_ARABIC = new Style(
            w("Haddad Khoury Nassar Saleh Hamdan Khalil Mansour Awad Qasem Darwish Najjar Shehadeh Hijazi"
                    + " Haddadin Al-Masri Salameh Odeh Zoubi Kanaan Abu-Zaid"),
            w("Ahmad Mohammad Omar Yazan Khaled Rami Tarek Ali Hussein Samer Fadi Elie Georges Karim Majd Bashar"
                    + " Ziad Wael Anas Hamza"),
            w("Lina Rania Hala Dana Nour Yasmin Layla Rita Nadine Maya Sarah Reem Joud Tala Farah"),
            Compose.WORD);

    /** NOC → styles with cumulative weights (percent). */
    private static final Map<String, Object[]> NOC_STYLES = Map.ofEntries(
            Map.entry("CHN", new Object[] {CHINESE, 100}),
            Map.entry("HKG", new Object[] {CANTONESE, 100}),
            Map.entry("MAC", new Object[] {CANTONESE, 100}),
            Map.entry("TPE", new Object[] {TAIWANESE, 100}),
            Map.entry("KOR", new Object[] {KOREAN, 100}),
            Map.entry("PRK", new Object[] {NORTH_KOREAN, 100}),
            Map.entry("JPN", new Object[] {JAPANESE, 100}),
            Map.entry("MGL", new Object[] {MONGOLIAN, 100}),
            Map.entry("THA", new Object[] {THAI, 100}),
            Map.entry("VIE", new Object[] {VIETNAMESE, 100}),
            Map.entry("INA", new Object[] {INDONESIAN, 100}),
            Map.entry("MAS", new Object[] {MALAY, 55, SINGAPORE_CHINESE, 90, TAMIL, 100}),
            Map.entry("SGP", new Object[] {SINGAPORE_CHINESE, 70, MALAY, 85, TAMIL, 100}),
            Map.entry("BRU", new Object[] {MALAY, 85, SINGAPORE_CHINESE, 100}),
            Map.entry("PHI", new Object[] {FILIPINO, 100}),
            Map.entry("MYA", new Object[] {BURMESE, 100}),
            Map.entry("CAM", new Object[] {KHMER, 100}),
            Map.entry("LAO", new Object[] {LAO, 100}),
            Map.entry("TLS", new Object[] {TIMORESE, 100}),
            Map.entry("IND", new Object[] {INDIAN, 100}),
            Map.entry("PAK", new Object[] {PAKISTANI, 100}),
            Map.entry("BAN", new Object[] {BANGLADESHI, 100}),
            Map.entry("SRI", new Object[] {SRI_LANKAN, 100}),
            Map.entry("NEP", new Object[] {NEPALI, 100}),
            Map.entry("BHU", new Object[] {BHUTANESE, 100}),
            Map.entry("MDV", new Object[] {MALDIVIAN, 100}),
            Map.entry("IRI", new Object[] {IRANIAN, 100}),
            Map.entry("AFG", new Object[] {AFGHAN, 100}),
            Map.entry("KAZ", new Object[] {KAZAKH, 100}),
            Map.entry("UZB", new Object[] {UZBEK, 100}),
            Map.entry("KGZ", new Object[] {KYRGYZ, 100}),
            Map.entry("TJK", new Object[] {TAJIK, 100}),
            Map.entry("TKM", new Object[] {TURKMEN, 100}),
            Map.entry("KSA", new Object[] {GULF_ARABIC, 100}),
            Map.entry("QAT", new Object[] {GULF_ARABIC, 100}),
            Map.entry("UAE", new Object[] {GULF_ARABIC, 100}),
            Map.entry("KUW", new Object[] {GULF_ARABIC, 100}),
            Map.entry("BRN", new Object[] {GULF_ARABIC, 100}),
            Map.entry("OMA", new Object[] {GULF_ARABIC, 100}),
            Map.entry("YEM", new Object[] {GULF_ARABIC, 100}),
            Map.entry("IRQ", new Object[] {GULF_ARABIC, 100}),
            Map.entry("JOR", new Object[] {LEVANT_ARABIC, 100}),
            Map.entry("LBN", new Object[] {LEVANT_ARABIC, 100}),
            Map.entry("SYR", new Object[] {LEVANT_ARABIC, 100}),
            Map.entry("PLE", new Object[] {LEVANT_ARABIC, 100}));

    private static final Set<String> SLAVIC_SURNAME_NOCS = Set.of("KAZ", "UZB", "KGZ", "TJK", "TKM");

    private final Set<String> used = new HashSet<>();

    /** Returns {family, given} for the n-th athlete created for this NOC. */
    String[] name(String noc, char gender, int serial) {
        Object[] styles = NOC_STYLES.get(noc);
        if (styles == null) {
            throw new IllegalStateException("no name style for " + noc);
        }
        Rng rng = Rng.of("name", noc, gender, serial);
        String[] result = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            result = compose(noc, pickStyle(styles, rng), gender, rng);
            if (used.add(noc + "|" + result[0] + "|" + result[1])) {
                return result;
            }
        }
        return result; // a repeated name is acceptable after many tries (common names do repeat)
    }

    private static Style pickStyle(Object[] styles, Rng rng) {
        int roll = rng.nextInt(100);
        for (int i = 0; i < styles.length; i += 2) {
            if (roll < (Integer) styles[i + 1]) {
                return (Style) styles[i];
            }
        }
        return (Style) styles[0];
    }

    private static String[] compose(String noc, Style s, char gender, Rng rng) {
        String family = rng.pick(s.family()).replace('_', ' ');
        String[] given = gender == 'M' ? s.givenM() : s.givenW();
        String first;
        switch (s.compose()) {
            case PINYIN -> {
                String a = rng.pick(given);
                first = rng.chance(0.3) ? a : a + rng.pick(given).toLowerCase(Locale.ROOT);
            }
            case TWO_SPACED -> first = rng.pick(given) + " " + rng.pick(given);
            case TWO_HYPHEN -> first = rng.pick(given) + "-" + rng.pick(given).toLowerCase(Locale.ROOT);
            case TWO_WORDS -> first = rng.pick(given) + " " + rng.pick(given);
            default -> first = rng.pick(given);
        }
        if (s == CANTONESE && rng.chance(0.25)) {
            first = rng.pick(
                    gender == 'M'
                            ? w("Jason Kevin Michael Ryan Nicholas Adrian Ian Justin Eric Marcus")
                            : w("Vivian Karen Jessica Natalie Sharon Michelle Camille Tiffany Hannah Chloe"));
        }
        if (gender == 'W') {
            if (SLAVIC_SURNAME_NOCS.contains(noc)) {
                if (family.endsWith("uly")) {
                    family = family.substring(0, family.length() - 3) + "kyzy";
                } else if (family.endsWith("ov") || family.endsWith("ev") || family.endsWith("in")) {
                    family = family + "a";
                }
            }
            if (s == INDIAN && family.equals("Singh") && rng.chance(0.6)) {
                family = "Kaur";
            }
            if (s == BANGLADESHI && rng.chance(0.35)) {
                family = rng.pick(w("Akter Khatun Begum"));
            }
            if (s == BHUTANESE) {
                family = rng.pick(w("Wangmo Lhamo Choden Yangzom Dema Zangmo Pelden Yangchen"));
            }
        }
        if (s == MONGOLIAN) {
            // Mongolian athletes are listed as patronymic + given name; the patronymic is the father's name.
            family = rng.pick(MONGOLIAN.givenM()).replace("-", "");
            first = rng.pick(gender == 'M' ? MONGOLIAN.family() : MONGOLIAN.givenW());
        }
        return new String[] {family, first};
    }
}
